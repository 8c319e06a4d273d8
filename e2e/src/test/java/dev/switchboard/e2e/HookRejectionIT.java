package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Forged, malformed and oversized hook deliveries are refused, and nothing of them reaches Kafka. */
@Order(3)
class HookRejectionIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void forged_malformed_and_oversized_deliveries_are_refused_and_never_published() throws Exception {
        LocalStack stack = LocalStack.get();
        String secret = stack.secret("HOOK_SECRET");
        String forged = "00uforged" + suffix();
        String malformed = "00umalformed" + suffix();
        String oversized = "00uoversized" + suffix();
        String genuine = "00ugenuine" + suffix();

        assertThat(post(stack, "not-the-secret", delivery(forged))).isEqualTo(401);
        assertThat(post(stack, null, delivery(forged))).isEqualTo(401);
        assertThat(post(stack, secret, "{\"eventType\":\"com.okta.event_hook\",\"data\":{\"events\":\"" + malformed + "\"}")).isEqualTo(400);
        assertThat(post(stack, secret, "{\"eventType\":\"something.else\",\"eventId\":\"x\",\"data\":{\"events\":[]},\"u\":\"" + malformed + "\"}")).isEqualTo(400);
        assertThat(post(stack, secret, delivery(oversized).replace("\"SUCCESS\"", "\"SUCCESS\",\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\""))).isEqualTo(413);
        // a genuine delivery after them proves the topic is readable and marks how far to read
        assertThat(post(stack, secret, delivery(genuine))).isEqualTo(204);

        String topic = readHooksTopicUntil(stack, genuine);
        assertThat(topic).contains(genuine).doesNotContain(forged).doesNotContain(malformed).doesNotContain(oversized);
    }

    private static int post(LocalStack stack, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.oktaIngress() + "/hooks/okta"))
                .timeout(Duration.ofSeconds(10))
                // lets the server refuse an oversized body by its Content-Length before it is sent, as a proxy would
                .expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An Okta delivery of one profile update for a user id that does not exist in the org. */
    private static String delivery(String userId) {
        return dev.switchboard.contracts.Json.writeString(Map.of(
                "eventType", "com.okta.event_hook", "eventTypeVersion", "1.0", "cloudEventsVersion", "0.1",
                "source", "https://example.okta.com/api/v1/eventHooks/who1", "eventId", UUID.randomUUID().toString(),
                "eventTime", "2026-11-28T10:00:00.000Z", "contentType", "application/json",
                "data", Map.of("events", List.of(Map.of(
                        "uuid", UUID.randomUUID().toString(), "published", "2026-11-28T10:00:00.000Z",
                        "eventType", "user.account.update_profile", "version", "0",
                        "outcome", Map.of("result", "SUCCESS"),
                        "actor", Map.of("id", "00uadmin", "type", "User"),
                        "target", List.of(Map.of("id", userId, "type", "User", "alternateId", userId + "@example.com")))))));
    }

    /** Everything on okta.hooks.v1 up to the record that contains {@code marker}, as text. */
    private static String readHooksTopicUntil(LocalStack stack, String marker) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("okta.hooks.v1"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.stream().noneMatch(v -> v.contains(marker)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
            // drain what else is there: a published rejected delivery would have been acknowledged before its answer
            consumer.poll(Duration.ofSeconds(2)).forEach(r -> values.add(r.value()));
        }
        return String.join("\n", values);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
