package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.awaitility.Awaitility;

/** An operator of Switchboard's admin APIs, holding a client-credentials token from the sandbox's authorization server. */
final class Operator {

    private final String token;

    private Operator(String token) {
        this.token = token;
    }

    static Operator withScopes(LocalStack stack, String client, String secretName, String scopes) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + stack.secret(secretName)).getBytes(StandardCharsets.UTF_8));
        Http.Response response = Http.send("POST", stack.sandbox() + "/oauth2/default/v1/token", "Basic " + basic,
                "grant_type=client_credentials&scope=" + URLEncoder.encode(scopes, StandardCharsets.UTF_8));
        OktaOrg.expect(response, 200);
        return new Operator("Bearer " + response.body().path("access_token").asText());
    }

    static Operator operator(LocalStack stack) {
        return withScopes(stack, "switchboard-operator", "OIDC_OPERATOR_SECRET", "switchboard.read switchboard.operate");
    }

    static Operator viewer(LocalStack stack) {
        return withScopes(stack, "switchboard-viewer", "OIDC_VIEWER_SECRET", "switchboard.read");
    }

    Http.Response get(String url) {
        return Http.send("GET", url, token, null);
    }

    Http.Response post(String url, Object body) {
        return Http.send("POST", url, token, body);
    }

    Http.Response put(String url, Object body) {
        return Http.send("PUT", url, token, body);
    }

    /** Runs a full RingCentral import on demand and returns its finished report (status COMPLETED asserted). */
    JsonNode runImport(LocalStack stack) {
        Http.Response run = post(stack.ringCentralIngress() + "/admin/import", null);
        assertThat(run.status()).as(run.raw().body()).isEqualTo(202);
        String runId = run.body().path("runId").asText();
        JsonNode report = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(stack.ringCentralIngress() + "/admin/import/" + runId).body(),
                        r -> !"RUNNING".equals(r.path("status").asText()));
        assertThat(report.path("status").asText()).as(report.toString()).isEqualTo("COMPLETED");
        return report;
    }
}
