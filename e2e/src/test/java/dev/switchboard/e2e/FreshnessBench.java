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
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (no assertion on time): freshness from the Okta hook reaching okta-ingress to the
 * RingCentral call completing, at a steady rate of Okta profile changes, with the sandbox's limits off.
 *
 * <pre>./mvnw -B verify -pl e2e -Dit.test=FreshnessBench -Dbench.rate=50 -Dbench.seconds=60 -Dbench.users=200</pre>
 * (after ./mvnw install -DskipTests). Prints p50 / p99 and the peak RSS of every process.
 */
class FreshnessBench {

    @Test
    void freshness_at_a_steady_rate_of_profile_changes() throws Exception {
        int rate = Integer.getInteger("bench.rate", 50);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int userCount = Integer.getInteger("bench.users", 200);
        LocalStack stack = LocalStack.get();
        OktaOrg okta = new OktaOrg(stack);

        List<String> users = new ArrayList<>();
        for (int i = 0; i < userCount; i++) {
            String email = Users.email("fresh" + i);
            users.add(okta.createAndAssign(email, "Fresh" + i, "Bench"));
        }
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).until(() -> users.stream()
                .allMatch(id -> Http.send("GET", stack.reconciler() + "/links/" + id, null, null).body()
                        .path("state").asText().equals("LINKED")));

        // steady load: one profile change every 1/rate s, round robin over the users
        HttpClient client = HttpClient.newHttpClient();
        String auth = "SSWS " + stack.secret("OKTA_API_TOKEN");
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<String, Long> peakRss = new TreeMap<>();
        ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
        Instant start = Instant.now();
        load.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            String id = users.get(n % users.size());
            HttpRequest change = HttpRequest.newBuilder(URI.create(stack.sandbox() + "/api/v1/users/" + id))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"title\":\"Title " + n + "\"}}")).build();
            client.sendAsync(change, HttpResponse.BodyHandlers.discarding())
                    .thenAccept(r -> { if (r.statusCode() != 200) failed.incrementAndGet(); });
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        load.scheduleAtFixedRate(() -> StackFigures.keepPeak(peakRss, StackFigures.rssMegabytes(stack)), 0, 5, TimeUnit.SECONDS);
        Thread.sleep(seconds * 1000L);
        load.shutdownNow();
        Duration driven = Duration.between(start, Instant.now());

        // join what okta-ingress received with what ringcentral-writer completed, by correlation id
        Map<String, Instant> hookReceived = new HashMap<>();
        for (JsonNode hook : StackFigures.readTopic(stack, "okta.hooks.v1", Duration.ofSeconds(15))) {
            if (Instant.parse(hook.path("time").asText()).isAfter(start)) {
                hookReceived.merge(hook.path("correlationId").asText(), Instant.parse(hook.path("time").asText()),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Long> latencies = new ArrayList<>();
        int unchanged = 0;
        for (JsonNode result : StackFigures.readTopic(stack, "provisioning.results.v1", Duration.ofSeconds(15))) {
            JsonNode data = result.path("data");
            Instant received = hookReceived.get(result.path("correlationId").asText());
            if (received == null || !"UPDATE".equals(data.path("action").asText())) {
                continue;
            }
            if ("APPLIED".equals(data.path("outcome").asText())) {
                latencies.add(Duration.between(received, Instant.parse(data.path("completedAt").asText())).toMillis());
            } else {
                unchanged++;
            }
        }
        latencies.sort(Long::compare);
        System.out.printf("%nFRESHNESS %d changes sent in %d s (%.1f/s, %d refused), %d hooks, %d RingCentral updates"
                        + " applied (%d other outcomes)%n  hook received -> RingCentral update done: p50 %d ms, p99 %d ms,"
                        + " max %d ms%n  peak RSS MB: %s%n",
                sent.get(), driven.toSeconds(), sent.get() / (double) driven.toSeconds(), failed.get(), hookReceived.size(),
                latencies.size(), unchanged, StackFigures.percentile(latencies, 0.5), StackFigures.percentile(latencies, 0.99),
                StackFigures.percentile(latencies, 1.0), peakRss);
    }
}
