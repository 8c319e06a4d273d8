package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: onboarding many users against the sandbox RingCentral's default rate limits (Medium 40
 * requests a minute for the look-up and the create of each user). Reports the share of the Medium budget used
 * between the first and the last create, and how many requests RingCentral refused with 429.
 *
 * <pre>./mvnw -B verify -pl e2e -Dit.test=OnboardingBench -Dbench.users=1000</pre>
 * (after ./mvnw install -DskipTests; 1,000 users take about 50 minutes: two Medium calls each at 40 a minute).
 */
class OnboardingBench {

    @Test
    void onboarding_within_ringcentrals_default_limits() throws Exception {
        int userCount = Integer.getInteger("bench.users", 200);
        LocalStack stack = LocalStack.get();
        OktaOrg okta = new OktaOrg(stack);
        String limits = stack.sandbox() + "/sandbox/ringcentral/rate-limits";
        // RingCentral's defaults on (this also resets its counters); Okta's stay off, they are not measured here
        OktaOrg.expect(Http.send("PUT", limits, null, Map.of("enabled", true)), 200);

        Map<String, Long> peakRss = new TreeMap<>();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> StackFigures.keepPeak(peakRss, StackFigures.rssMegabytes(stack)), 0, 5, TimeUnit.SECONDS);
        Instant start = Instant.now();
        for (int i = 0; i < userCount; i++) {
            String email = Users.email("onboard" + i);
            okta.createAndAssign(email, "Onboard" + i, "Bench");
        }
        Instant assigned = Instant.now();
        Awaitility.await().atMost(Duration.ofMinutes(10L + userCount / 10)).pollInterval(Duration.ofSeconds(5))
                .until(() -> new SandboxControl(stack).extensionsCreatedSince(start) >= userCount);
        Instant done = Instant.now();
        sampler.shutdownNow();

        JsonNode counters = Http.send("GET", limits, null, null).body().path("counters");
        long medium = counters.path("Medium").path("admitted").asLong();
        long refused = 0;
        for (JsonNode group : counters) {
            refused += group.path("refused").asLong();
        }
        double minutes = Duration.between(start, done).toMillis() / 60000.0;
        // a sliding 60-second window of 40 admits at most 40 at once and then 40 a minute: 40 * (minutes + 1)
        double budget = 40 * (minutes + 1);
        System.out.printf("%nONBOARDING %d users assigned in %d s, all created after %.1f min%n"
                        + "  Medium requests %d of the most the window admits, %.0f (40 per sliding minute): %.1f %% used; refused with 429: %d%n"
                        + "  peak RSS MB: %s%n",
                userCount, Duration.between(start, assigned).toSeconds(), minutes, medium, budget, 100 * medium / budget,
                refused, peakRss);
    }
}
