package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** RingCentral's webhooks: forged notifications are refused; a blacklisted subscription is recreated and the import recovers. */
@Order(8)
class RingCentralWebhookIT {

    static LocalStack stack;
    static SandboxControl sandbox;
    static Operator operator;

    @BeforeAll
    static void connect() {
        stack = LocalStack.get();
        sandbox = new SandboxControl(stack);
        operator = Operator.operator(stack);
    }

    @AfterAll
    static void deliverAgain() {
        sandbox.dropNotifications(false);
    }

    @Test
    void forged_notifications_are_rejected_and_nothing_is_forwarded() throws Exception {
        String forged = "9" + (System.nanoTime() % 1_000_000_000L);
        String genuine = "8" + (System.nanoTime() % 1_000_000_000L);
        assertThat(notify("not-the-token", forged)).isEqualTo(401);
        assertThat(notify(null, forged)).isEqualTo(401);
        assertThat(notify(stack.secret("RINGCENTRAL_WEBHOOK_TOKEN"), genuine)).isEqualTo(200);

        List<String> published = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> StackFigures.readTopic(stack, "ringcentral.notifications.v1", Duration.ofSeconds(2)).stream()
                        .map(JsonNode::toString).toList(), values -> values.stream().anyMatch(v -> v.contains(genuine)));
        assertThat(published).noneMatch(v -> v.contains(forged));
    }

    @Test
    void a_blacklisted_subscription_is_recreated_and_the_full_import_recovers_what_was_missed() {
        String before = activeSubscription().path("id").asText();
        sandbox.dropNotifications(true);
        sandbox.blacklist(before);
        String email = Users.email("missed.rc");
        String extensionId = sandbox.createExtension(email, "Miss", "Ed"); // its notification never arrives

        Http.Response check = operator.post(stack.ringCentralIngress() + "/admin/subscription/check", null);
        assertThat(check.status()).as(check.raw().body()).isIn(200, 202);
        sandbox.dropNotifications(false);
        JsonNode after = Awaitility.await().atMost(Duration.ofSeconds(30)).until(RingCentralWebhookIT::activeSubscription,
                s -> !s.isMissingNode() && !before.equals(s.path("id").asText()));
        assertThat(after.path("status").asText()).isEqualTo("Active");

        operator.runImport(stack);

        // no Okta user has that email: the imported user waits as unmatched, for an operator to see
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> operator.get(stack.reconciler() + "/admin/matches?status=UNMATCHED").body().toString(),
                        body -> body.contains("\"" + extensionId + "\""));
    }

    private static JsonNode activeSubscription() {
        for (JsonNode subscription : sandbox.subscriptions()) {
            if (subscription.path("deliveryMode").path("address").asText().equals(stack.ringCentralIngress() + "/hooks/ringcentral")
                    && "Active".equals(subscription.path("status").asText())) {
                return subscription;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static int notify(String token, String extensionId) throws Exception {
        String body = dev.switchboard.contracts.Json.writeString(Map.of(
                "uuid", UUID.randomUUID().toString(), "event", "/restapi/v1.0/account/400123456/extension",
                "timestamp", "2026-11-28T10:00:00.000Z", "subscriptionId", UUID.randomUUID().toString(),
                "ownerId", "400123457",
                "body", Map.of("extensions", List.of(Map.of("extensionId", extensionId, "eventType", "Update")))));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.ringCentralIngress() + "/hooks/ringcentral"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Verification-Token", token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
