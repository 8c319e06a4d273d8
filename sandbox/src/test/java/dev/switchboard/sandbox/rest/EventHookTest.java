package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class EventHookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/test-receiver")
    URL receiver;

    @Test
    void registeredHookIsActiveUnverifiedAndNeverShowsTheSecret() {
        okta().body(hookBody(receiver + "/ok", List.of("application.user_membership.add")))
                .post("/api/v1/eventHooks").then().statusCode(200)
                .body("id", startsWith("who")).body("status", is("ACTIVE"))
                .body("verificationStatus", is("UNVERIFIED"))
                .body("channel.config.authScheme.key", is("Authorization"))
                .body("channel.config.authScheme", not(hasKey("value")));
    }

    @Test
    void verificationSucceedsOnlyWhenTheChallengeIsEchoed() {
        String good = okta().body(hookBody(receiver + "/ok", List.of("user.lifecycle.create")))
                .post("/api/v1/eventHooks").then().extract().path("id");
        okta().post("/api/v1/eventHooks/" + good + "/lifecycle/verify").then().statusCode(200)
                .body("verificationStatus", is("VERIFIED"));
        String bad = okta().body(hookBody(receiver + "/wrong", List.of("user.lifecycle.create")))
                .post("/api/v1/eventHooks").then().extract().path("id");
        okta().post("/api/v1/eventHooks/" + bad + "/lifecycle/verify").then().statusCode(400)
                .body("errorCode", is("E0000001"));
        okta().get("/api/v1/eventHooks/" + bad).then().body("verificationStatus", is("UNVERIFIED"));
    }

    @Test
    void assignmentIsDeliveredInOktasEnvelopeWithTheAuthHeader() throws Exception {
        String hookId = verifiedHook(receiver + "/ok", List.of("application.user_membership.add"));
        String email = uniqueEmail("hooked");
        String userId = createUser(email);
        okta().body(assignBody(userId, email)).post("/api/v1/apps/" + APP_ID + "/users").then().statusCode(200);

        TestReceiver.Received received = await().atMost(Duration.ofSeconds(10))
                .until(() -> find("ok", userId), r -> r != null);
        assertThat(received.header("Authorization")).isEqualTo("hook-secret");
        assertThat(received.header("X-Extra")).isEqualTo("extra-value");
        assertThat(received.header("Content-Type")).startsWith("application/json");
        JsonNode envelope = JSON.readTree(received.body());
        assertThat(envelope.path("eventType").asText()).isEqualTo("com.okta.event_hook");
        assertThat(envelope.path("eventTypeVersion").asText()).isEqualTo("1.0");
        assertThat(envelope.path("cloudEventsVersion").asText()).isEqualTo("0.1");
        assertThat(envelope.path("source").asText()).endsWith("/api/v1/eventHooks/" + hookId);
        assertThat(envelope.path("eventId").asText()).isNotBlank();
        JsonNode event = envelope.path("data").path("events").get(0);
        assertThat(event.path("eventType").asText()).isEqualTo("application.user_membership.add");
        assertThat(event.path("outcome").path("result").asText()).isEqualTo("SUCCESS");
        assertThat(targets(event)).containsEntry("AppUser", userId).containsEntry("AppInstance", APP_ID)
                .containsEntry("User", userId);

        control().get("/sandbox/okta/deliveries").then().statusCode(200)
                .body("find { it.eventId == '" + envelope.path("eventId").asText() + "' }.outcome", is("DELIVERED"));
    }

    @Test
    void serverErrorsAreRetriedOnceClientErrorsNever() {
        String fiveHook = verifiedHook(receiver + "/fail5xx", List.of("user.lifecycle.create"));
        String fourHook = verifiedHook(receiver + "/fail4xx", List.of("user.lifecycle.create"));
        createUser(uniqueEmail("retry"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(attempts(fiveHook)).isEqualTo(2);
            assertThat(attempts(fourHook)).isEqualTo(1);
        });
        okta().post("/api/v1/eventHooks/" + fiveHook + "/lifecycle/deactivate").then().statusCode(200);
        okta().post("/api/v1/eventHooks/" + fourHook + "/lifecycle/deactivate").then().statusCode(200);
        okta().delete("/api/v1/eventHooks/" + fiveHook).then().statusCode(204);
    }

    @Test
    void onlyInactiveHooksCanBeDeleted() {
        String id = okta().body(hookBody(receiver + "/ok", List.of("user.lifecycle.create")))
                .post("/api/v1/eventHooks").then().extract().path("id");
        okta().delete("/api/v1/eventHooks/" + id).then().statusCode(403);
        okta().post("/api/v1/eventHooks/" + id + "/lifecycle/deactivate").then().body("status", is("INACTIVE"));
        okta().delete("/api/v1/eventHooks/" + id).then().statusCode(204);
        okta().get("/api/v1/eventHooks/" + id).then().statusCode(404);
    }

    private static Integer attempts(String hookId) {
        List<Map<String, Object>> all = control().get("/sandbox/okta/deliveries").then().extract().path("");
        return all.stream().filter(d -> hookId.equals(d.get("hookId")) && !"PENDING".equals(d.get("outcome")))
                .map(d -> (Integer) d.get("attempts")).findFirst().orElse(null);
    }

    private static TestReceiver.Received find(String mode, String userId) {
        return TestReceiver.RECEIVED.stream().filter(r -> r.mode().equals(mode) && r.body().contains(userId)
                && r.body().contains("application.user_membership.add")).findFirst().orElse(null);
    }

    private static Map<String, String> targets(JsonNode event) {
        Map<String, String> byType = new java.util.HashMap<>();
        event.path("target").forEach(t -> byType.put(t.path("type").asText(), t.path("id").asText()));
        return byType;
    }
}
