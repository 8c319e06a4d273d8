package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The sandbox RingCentral account, read through RingCentral's real REST API (JWT bearer grant). */
final class RingCentralAccount {

    private final String base;
    private final String token;

    RingCentralAccount(LocalStack stack) {
        this.base = stack.sandbox();
        String client = Base64.getEncoder().encodeToString((stack.secret("RINGCENTRAL_CLIENT_ID") + ":"
                + stack.secret("RINGCENTRAL_CLIENT_SECRET")).getBytes(StandardCharsets.UTF_8));
        Http.Response response = Http.send("POST", base + "/restapi/oauth/token", "Basic " + client,
                "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                        + "&assertion=" + URLEncoder.encode(stack.secret("RINGCENTRAL_JWT"), StandardCharsets.UTF_8));
        OktaOrg.expect(response, 200);
        this.token = "Bearer " + response.body().path("access_token").asText();
    }

    /** The User extensions with this email (RingCentral's list API, filtered by email). */
    JsonNode usersWithEmail(String email) {
        Http.Response response = Http.send("GET", base + "/restapi/v1.0/account/~/extension?type=User&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8), token, null);
        OktaOrg.expect(response, 200);
        return response.body().path("records");
    }

    JsonNode extension(String id) {
        Http.Response response = Http.send("GET", base + "/restapi/v1.0/account/~/extension/" + id, token, null);
        OktaOrg.expect(response, 200);
        return response.body();
    }
}
