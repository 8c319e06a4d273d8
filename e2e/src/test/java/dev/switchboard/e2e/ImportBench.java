package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: a full import of many seeded RingCentral users, each with a direct number, in an account
 * with custom fields, within RingCentral's default limits (the extension list, 1,000 a page, and the company
 * directory, 2,000 a page, are both Medium: 40 calls a minute), compared with the least time that limit allows.
 *
 * <pre>./mvnw -B verify -pl e2e -Dit.test=ImportBench -Dbench.extensions=100000</pre>
 * (after ./mvnw install -DskipTests).
 */
class ImportBench {

    @Test
    void full_import_of_many_seeded_users() {
        int count = Integer.getInteger("bench.extensions", 100_000);
        LocalStack stack = LocalStack.get();
        String control = stack.sandbox() + "/sandbox/ringcentral";
        // the account keeps its custom fields: their values, like direct numbers, come from the company directory
        // every seeded user has a direct number: the import reads them from the company directory (Medium, 2,000 a page)
        JsonNode seeded = Http.send("POST", control + "/seed", null, Map.of("count", count, "notify", false,
                "directNumbers", true)).body();
        OktaOrg.expect(Http.send("PUT", control + "/rate-limits", null, Map.of("enabled", true)), 200);

        Operator operator = Operator.operator(stack);
        Instant start = Instant.now();
        Http.Response run = operator.post(stack.ringCentralIngress() + "/admin/import", null);
        OktaOrg.expect(run, 202);
        String runId = run.body().path("runId").asText();
        JsonNode report = Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2))
                .until(() -> operator.get(stack.ringCentralIngress() + "/admin/import/" + runId).body(),
                        r -> !"RUNNING".equals(r.path("status").asText()));
        Duration took = Duration.between(start, Instant.now());
        int pages = report.path("pages").asInt();
        int directoryPages = report.path("directoryPages").asInt();
        JsonNode counters = Http.send("GET", control + "/rate-limits", null, null).body().path("counters");
        // the limiter admits 40 Medium requests per sliding minute: n calls need at least ceil(n/40 - 1) minutes
        long minimumSeconds = (long) Math.max(0, Math.ceil((pages + directoryPages) / 40.0) - 1) * 60;
        System.out.printf("%nIMPORT seeded %s; run %s: %d list pages + %d directory pages, %d users listed, %d new, %s%n"
                        + "  took %d s; the Medium limit allows it in no less than %d s (ratio %.2f); refused with 429: %s%n",
                seeded.path("created").asText(), report.path("status").asText(), pages, directoryPages,
                report.path("listed").asInt(),
                report.path("created").size(), report.path("error").asText(""), took.toSeconds(), minimumSeconds,
                minimumSeconds == 0 ? 0 : took.toSeconds() / (double) minimumSeconds, counters.path("Medium").path("refused"));
    }
}
