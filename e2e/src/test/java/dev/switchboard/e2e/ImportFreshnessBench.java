package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: freshness from a RingCentral webhook notification reaching ringcentral-ingress to
 * okta-writer's Okta write completing, for changes of a RingCentral-mastered attribute (the extension number), at a
 * steady rate, with the sandbox's limits off.
 *
 * <pre>./mvnw -B verify -pl e2e -Dit.test=ImportFreshnessBench -Dbench.rate=10 -Dbench.seconds=60 -Dbench.users=50</pre>
 */
class ImportFreshnessBench {

    @Test
    void freshness_of_ringcentral_mastered_changes() throws Exception {
        int rate = Integer.getInteger("bench.rate", 10);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int userCount = Integer.getInteger("bench.users", 50);
        LocalStack stack = LocalStack.get();
        OktaOrg okta = new OktaOrg(stack);
        SandboxControl sandbox = new SandboxControl(stack);

        List<String> extensions = new ArrayList<>();
        for (int i = 0; i < userCount; i++) {
            String email = Users.email("rcfresh" + i);
            okta.createAndAssign(email, "Rc" + i, "Fresh");
            extensions.add(sandbox.awaitSingleExtension(email, e -> true).path("id").asText());
        }
        Thread.sleep(5000); // let the creates' own echoes settle

        HttpClient client = HttpClient.newHttpClient();
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
        Instant start = Instant.now();
        load.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            String id = extensions.get(n % extensions.size());
            HttpRequest change = HttpRequest.newBuilder(URI.create(stack.sandbox() + "/sandbox/ringcentral/extensions/" + id))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"extensionNumber\":\"" + (20000 + n) + "\"}")).build();
            client.sendAsync(change, HttpResponse.BodyHandlers.discarding());
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        Thread.sleep(seconds * 1000L);
        load.shutdownNow();

        Map<String, Instant> received = new HashMap<>();
        for (JsonNode notification : StackFigures.readTopic(stack, "ringcentral.notifications.v1", Duration.ofSeconds(15))) {
            Instant at = Instant.parse(notification.path("time").asText());
            if (at.isAfter(start)) {
                received.merge(notification.path("correlationId").asText(), at, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Long> latencies = new ArrayList<>();
        for (JsonNode result : StackFigures.readTopic(stack, "provisioning.results.v1", Duration.ofSeconds(15))) {
            JsonNode data = result.path("data");
            Instant at = received.get(result.path("correlationId").asText());
            if (at != null && "OKTA".equals(data.path("system").asText()) && "APPLIED".equals(data.path("outcome").asText())) {
                latencies.add(Duration.between(at, Instant.parse(data.path("completedAt").asText())).toMillis());
            }
        }
        latencies.sort(Long::compare);
        System.out.printf("%nIMPORT FRESHNESS %d RingCentral changes in %d s, %d notifications, %d Okta writes applied%n"
                        + "  notification received -> Okta write done: p50 %d ms, p99 %d ms, max %d ms%n",
                sent.get(), seconds, received.size(), latencies.size(), StackFigures.percentile(latencies, 0.5),
                StackFigures.percentile(latencies, 0.99), StackFigures.percentile(latencies, 1.0));
    }
}
