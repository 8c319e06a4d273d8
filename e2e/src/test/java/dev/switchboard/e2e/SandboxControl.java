package dev.switchboard.e2e;

import java.util.List;
import java.util.Map;

/** The sandbox's own control API: delivery behaviour of the Okta org, faults and limits of the RingCentral account. */
final class SandboxControl {

    private final String base;

    SandboxControl(LocalStack stack) {
        this.base = stack.sandbox() + "/sandbox";
    }

    /** Okta delivers hooks in batches, with duplicates and out of order. */
    void chaoticDelivery(long seed) {
        put("/okta/delivery", Map.of("batchWindowMs", 300, "batchMax", 20, "duplicateRate", 0.3, "shuffle", true,
                "drop", false, "seed", seed));
    }

    /** Okta drops every hook (they stay in its System Log). */
    void dropDeliveries(boolean drop) {
        put("/okta/delivery", Map.of("drop", drop));
    }

    void plainDelivery() {
        put("/okta/delivery", Map.of("batchWindowMs", 0, "batchMax", 1, "duplicateRate", 0.0, "shuffle", false, "drop", false));
    }

    void ringCentralFaults(double rate, List<String> kinds, long seed) {
        put("/ringcentral/faults", Map.of("rate", rate, "kinds", kinds, "timeoutMs", 1500, "slowMs", 500,
                "retryAfterSeconds", 1, "includeToken", false, "seed", seed));
    }

    void noRingCentralFaults() {
        OktaOrg.expect(Http.send("DELETE", base + "/ringcentral/faults", null, null), 200);
    }

    /** Counters of the faults injected so far. */
    Map<String, Object> faultCounters() {
        Http.Response response = Http.send("GET", base + "/ringcentral/faults", null, null);
        OktaOrg.expect(response, 200);
        return dev.switchboard.contracts.Json.MAPPER.convertValue(response.body().path("counters"), Map.class);
    }

    /** Changes an extension as a RingCentral admin would in its console (RingCentral notifies subscribers). */
    void editExtension(String id, Object changes) {
        put("/ringcentral/extensions/" + id, changes);
    }

    /** Assigns a direct number from the account's inventory to the extension, as a RingCentral admin would. */
    void assignDirectNumber(String id, String phoneNumber) {
        put("/ringcentral/extensions/" + id + "/direct-number", Map.of("phoneNumber", phoneNumber));
    }

    /** Creates a User extension as a RingCentral admin would; returns its id. */
    String createExtension(String email, String firstName, String lastName) {
        Http.Response response = Http.send("POST", base + "/ringcentral/extensions", null, Map.of("type", "User",
                "status", "Enabled", "contact", Map.of("firstName", firstName, "lastName", lastName, "email", email)));
        if (response.status() != 200 && response.status() != 201) {
            throw new AssertionError("could not create an extension: " + response.raw().body());
        }
        return response.body().path("id").asText();
    }

    /** RingCentral stops (or resumes) delivering webhook notifications. */
    void dropNotifications(boolean drop) {
        put("/ringcentral/notifications", Map.of("drop", drop));
    }

    com.fasterxml.jackson.databind.JsonNode subscriptions() {
        Http.Response response = Http.send("GET", base + "/ringcentral/subscriptions", null, null);
        OktaOrg.expect(response, 200);
        return response.body();
    }

    void blacklist(String subscriptionId) {
        Http.Response response = Http.send("POST", base + "/ringcentral/subscriptions/" + subscriptionId + "/blacklist", null,
                Map.of("reason", "Webhook delivery failed (e2e)"));
        if (response.status() / 100 != 2) {
            throw new AssertionError("could not blacklist: " + response.raw().body());
        }
    }

    /** Extensions with this email, read past any injected faults through the control API. */
    java.util.List<com.fasterxml.jackson.databind.JsonNode> extensions(String email) {
        Http.Response response = Http.send("GET", base + "/ringcentral/extensions", null, null);
        OktaOrg.expect(response, 200);
        java.util.List<com.fasterxml.jackson.databind.JsonNode> found = new java.util.ArrayList<>();
        for (var extension : response.body()) {
            if (email.equals(extension.path("contact").path("email").asText())) {
                found.add(extension);
            }
        }
        return found;
    }

    /** How many extensions were created at or after {@code since} (RingCentral's creationTime). */
    int extensionsCreatedSince(java.time.Instant since) {
        Http.Response response = Http.send("GET", base + "/ringcentral/extensions", null, null);
        OktaOrg.expect(response, 200);
        int count = 0;
        for (var extension : response.body()) {
            String created = extension.path("creationTime").asText("");
            if (!created.isEmpty() && !java.time.Instant.parse(created).isBefore(since)) {
                count++;
            }
        }
        return count;
    }

    int extensionsWithEmail(String email) {
        return extensions(email).size();
    }

    /** Waits until exactly one extension has this email and it matches {@code check}. */
    com.fasterxml.jackson.databind.JsonNode awaitSingleExtension(String email,
                                                                 java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> check) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> extensions(email), found -> found.size() == 1 && check.test(found.get(0))).get(0);
    }

    /**
     * End-to-end tests that move many users switch the sandbox's rate limits (Okta's and RingCentral's) off; the
     * clients' limiters are tested in their modules and measured by the benchmarks.
     */
    void rateLimits(boolean enabled) {
        put("/ringcentral/rate-limits", Map.of("enabled", enabled));
        put("/okta/rate-limits", Map.of("enabled", enabled));
    }

    private void put(String path, Object body) {
        OktaOrg.expect(Http.send("PUT", base + path, null, body), 200);
    }
}
