package dev.switchboard.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.switchboard.sandbox.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/** Extension changes → notifications to subscriptions: shapes, Verification-Token, blacklisting, drop. */
@QuarkusTest
class NotificationApiTest extends SubscriberTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tag = UUID.randomUUID().toString();

    @AfterEach
    void defaultSettings() {
        control().body(Map.of("drop", false, "shape", "array")).put("/sandbox/ringcentral/notifications")
                .then().statusCode(200);
    }

    private long createExtension() {
        return rc(token).body(extensionBody(uniqueEmail("notified"))).post("/restapi/v1.0/account/~/extension")
                .then().statusCode(200).extract().jsonPath().getLong("id");
    }

    /** (extensionId, eventType) pairs of every notification under this test's tag, from either body shape. */
    private List<String> changesReceived() throws Exception {
        List<String> changes = new ArrayList<>();
        for (RingCentralReceiver.Received r : RingCentralReceiver.notifications(tag)) {
            JsonNode body = JSON.readTree(r.body()).get("body");
            for (JsonNode item : body.has("extensions") ? body.get("extensions") : JSON.createArrayNode().add(body)) {
                changes.add(item.get("extensionId").asText() + ":" + item.get("eventType").asText());
            }
        }
        return changes;
    }

    @Test
    void createUpdateAndDeleteByTheApiAreNotifiedWithTheVerificationToken() throws Exception {
        String subscriptionId = subscribe(token, address("ok", tag), "vt-" + tag);
        long id = createExtension();
        rc(token).body(Map.of("contact", Map.of("department", "R&D"))).put("/restapi/v1.0/account/~/extension/" + id)
                .then().statusCode(200);
        rc(token).body(Map.of("records", List.of(Map.of("id", Long.toString(id)))))
                .delete("/restapi/v2/accounts/~/extensions").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> changesReceived().size() == 3);
        assertThat(changesReceived()).containsExactly(id + ":Create", id + ":Update", id + ":Delete");
        RingCentralReceiver.Received first = RingCentralReceiver.notifications(tag).get(0);
        assertThat(first.header("Verification-Token")).isEqualTo("vt-" + tag);
        assertThat(first.header("Content-Type")).startsWith("application/json");
        JsonNode envelope = JSON.readTree(first.body());
        assertThat(envelope.get("event").asText()).isEqualTo("/restapi/v1.0/account/400123456/extension");
        assertThat(envelope.get("subscriptionId").asText()).isEqualTo(subscriptionId);
        assertThat(envelope.get("ownerId").asText()).isEqualTo("400123457");
        assertThat(envelope.get("uuid").asText()).isNotBlank();
        assertThat(envelope.get("timestamp").asText()).isNotBlank();
        assertThat(envelope.get("body").get("extensions")).isNotNull();

        List<Map<String, Object>> log = notificationsOf(subscriptionId);
        assertThat(log).hasSize(3).allSatisfy(n -> {
            assertThat(n.get("status")).isEqualTo("DELIVERED");
            assertThat(n.get("attempts")).isEqualTo(1);
            assertThat(n.get("firstAttemptAt")).isNotNull();
            assertThat(n.get("extensionIds")).isEqualTo(List.of(Long.toString(id)));
        });
    }

    @Test
    void flatShapeAndControlApiEditsAndDeletes() throws Exception {
        control().body(Map.of("shape", "flat")).put("/sandbox/ringcentral/notifications").then().statusCode(200)
                .body("shape", is("flat"));
        subscribe(token, address("ok", tag), "vt");
        long id = createExtension();
        control().body(Map.of("status", "Disabled", "extensionNumber", "7" + (id % 100000)))
                .put("/sandbox/ringcentral/extensions/" + id).then().statusCode(200).body("status", is("Disabled"));
        control().delete("/sandbox/ringcentral/extensions/" + id).then().statusCode(204);

        await().atMost(Duration.ofSeconds(10)).until(() -> changesReceived().size() == 3);
        assertThat(changesReceived()).containsExactly(id + ":Create", id + ":Update", id + ":Delete");
        JsonNode body = JSON.readTree(RingCentralReceiver.notifications(tag).get(1).body()).get("body");
        assertThat(body.get("extensionId").asText()).isEqualTo(Long.toString(id));
        assertThat(body.get("eventType").asText()).isEqualTo("Update");
        assertThat(body.has("extensions")).isFalse();
    }

    @Test
    void fiveFailedDeliveriesInARowBlacklistTheSubscription() {
        String subscriptionId = subscribe(token, address("fail500", tag), "vt");
        for (int i = 0; i < 5; i++) {
            createExtension();
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                rc(token).get("/restapi/v1.0/subscription/" + subscriptionId).then().statusCode(200)
                        .body("status", is("Blacklisted"))
                        .body("blacklistedData.reason", containsString("[500]")));
        assertThat(RingCentralReceiver.notifications(tag)).hasSize(5);

        // Once Blacklisted, a subscription is no longer offered anything: no delivery, no log entry.
        createExtension();
        assertThat(notificationsOf(subscriptionId)).extracting(n -> n.get("status"))
                .containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED");
        assertThat(RingCentralReceiver.notifications(tag)).as("nothing more after blacklisting").hasSize(5);
    }

    @Test
    void droppedNotificationsAreLoggedButNotSent() {
        control().body(Map.of("drop", true)).put("/sandbox/ringcentral/notifications").then().statusCode(200)
                .body("drop", is(true));
        String subscriptionId = subscribe(token, address("ok", tag), "vt");
        createExtension();
        assertThat(notificationsOf(subscriptionId)).extracting(n -> n.get("status")).containsExactly("DROPPED");
        assertThat(RingCentralReceiver.notifications(tag)).isEmpty();
    }

    @Test
    void badNotificationSettingsAreRefused() {
        control().body(Map.of("shape", "round")).put("/sandbox/ringcentral/notifications").then().statusCode(400);
        control().get("/sandbox/ringcentral/notifications/settings").then().statusCode(200)
                .body("shape", is("array")).body("blacklistAfter", is(5));
    }
}
