package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The sandbox Okta org, driven through Okta's real management API (SSWS token). */
final class OktaOrg {

    static final String APP_ID = "0oasandboxringcentral";

    private final String base;
    private final String auth;

    OktaOrg(LocalStack stack) {
        this.base = stack.sandbox();
        this.auth = "SSWS " + stack.secret("OKTA_API_TOKEN");
    }

    /** Creates an active user (with a password, so Okta makes it ACTIVE at once); returns its id. */
    String createUser(String email, String firstName, String lastName) {
        Http.Response response = Http.send("POST", base + "/api/v1/users?activate=true", auth, Map.of(
                "profile", Map.of("login", email, "email", email, "firstName", firstName, "lastName", lastName),
                "credentials", Map.of("password", Map.of("value", "Sw1tchb0ard-" + java.util.UUID.randomUUID()))));
        expect(response, 200);
        return response.body().path("id").asText();
    }

    /** Assigns the user to the RingCentral app, as an admin does in the Okta console. */
    JsonNode assign(String userId, String userName) {
        Http.Response response = Http.send("POST", base + "/api/v1/apps/" + APP_ID + "/users", auth, Map.of(
                "id", userId, "scope", "USER", "credentials", Map.of("userName", userName)));
        expect(response, 200);
        return response.body();
    }

    /** Partial profile update, as an admin editing the user in Okta. */
    void updateProfile(String userId, Map<String, Object> profile) {
        expect(Http.send("POST", base + "/api/v1/users/" + userId, auth, Map.of("profile", profile)), 200);
    }

    /** A lifecycle operation: suspend, unsuspend, deactivate, activate, reactivate. */
    void lifecycle(String userId, String operation) {
        expect(Http.send("POST", base + "/api/v1/users/" + userId + "/lifecycle/" + operation, auth, null), 200);
    }

    void unassign(String userId) {
        expect(Http.send("DELETE", base + "/api/v1/apps/" + APP_ID + "/users/" + userId, auth, null), 204);
    }

    /** Creates a user and assigns it to the RingCentral app; returns its id. */
    String createAndAssign(String email, String firstName, String lastName) {
        String id = createUser(email, firstName, lastName);
        assign(id, email);
        return id;
    }

    /** Creates an active user whose login differs from its email; returns its id. */
    String createUserWithLogin(String login, String email, String firstName, String lastName) {
        Http.Response response = Http.send("POST", base + "/api/v1/users?activate=true", auth, Map.of(
                "profile", Map.of("login", login, "email", email, "firstName", firstName, "lastName", lastName),
                "credentials", Map.of("password", Map.of("value", "Sw1tchb0ard-" + java.util.UUID.randomUUID()))));
        expect(response, 200);
        return response.body().path("id").asText();
    }

    /** The user's app user in the RingCentral app, or null when not assigned. */
    JsonNode appUser(String userId) {
        Http.Response response = Http.send("GET", base + "/api/v1/apps/" + APP_ID + "/users/" + userId, auth, null);
        return response.status() == 200 ? response.body() : null;
    }

    JsonNode user(String userId) {
        Http.Response response = Http.send("GET", base + "/api/v1/users/" + userId, auth, null);
        expect(response, 200);
        return response.body();
    }

    JsonNode eventHooks() {
        Http.Response response = Http.send("GET", base + "/api/v1/eventHooks", auth, null);
        expect(response, 200);
        return response.body();
    }

    static void expect(Http.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response.status() + ": " + response.raw().body());
        }
    }
}
