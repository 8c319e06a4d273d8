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

    /** The access token, for calls this class does not wrap. */
    String bearer() {
        return token.substring("Bearer ".length());
    }

    /** The User extensions with this email (RingCentral's list API, filtered by email). */
    JsonNode usersWithEmail(String email) {
        Http.Response response = Http.send("GET", base + "/restapi/v1.0/account/~/extension?type=User&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8), token, null);
        OktaOrg.expect(response, 200);
        return response.body().path("records");
    }

    /** The one User extension with this email, once there is exactly one whose contact matches {@code check}. */
    JsonNode awaitSingleUser(String email, java.util.function.Predicate<JsonNode> check) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> usersWithEmail(email), records -> records.size() == 1 && check.test(records.get(0)))
                .get(0);
    }

    /** Waits until no User extension has this email. */
    void awaitNoUser(String email) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> usersWithEmail(email).isEmpty());
    }

    /** Creates a User extension directly in RingCentral, as an admin would in its console; returns its id. */
    String createUser(String email, String firstName, String lastName) {
        Http.Response response = Http.send("POST", base + "/restapi/v1.0/account/~/extension", token, java.util.Map.of(
                "type", "User", "status", "Enabled",
                "contact", java.util.Map.of("firstName", firstName, "lastName", lastName, "email", email)));
        OktaOrg.expect(response, 200);
        return response.body().path("id").asText();
    }

    JsonNode extension(String id) {
        Http.Response response = Http.send("GET", base + "/restapi/v1.0/account/~/extension/" + id, token, null);
        OktaOrg.expect(response, 200);
        return response.body();
    }
}
