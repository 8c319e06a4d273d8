package dev.switchboard.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
}
