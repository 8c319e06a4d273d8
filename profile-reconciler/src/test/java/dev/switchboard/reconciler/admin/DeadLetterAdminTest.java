package dev.switchboard.reconciler.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.ErrorDetail;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.Topics;
import dev.switchboard.reconciler.admin.messaging.Replayer;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Dead letters consumed into the store, listed, and replayed to the topic they came from. */
@QuarkusTest
class DeadLetterAdminTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void storedOnceListedAndReplayedOnceToItsSourceTopic() {
        String consumer = TestTopics.uniqueId("test-consumer/");
        String key = TestTopics.uniqueId("00u");
        String payload = "{\"original\":\"" + key + "\",\"bytes\":\"ü\"}";
        byte[] deadLetter = Json.write(letter(consumer, Topics.OKTA_HOOKS.name(), key, payload));
        TestTopics.send(bootstrap, Topics.DEAD_LETTERS.name(), key, deadLetter);
        TestTopics.send(bootstrap, Topics.DEAD_LETTERS.name(), key, deadLetter); // redelivered: stored once
        // same key, same partition: once this one is stored, the copy before it was processed too
        TestTopics.send(bootstrap, Topics.DEAD_LETTERS.name(), key,
                Json.write(letter(consumer, Topics.OKTA_HOOKS.name(), key, "{\"marker\":true}")));
        await().atMost(WAIT).untilAsserted(() -> listOf(consumer).then().statusCode(200).body("$", hasSize(2)));

        List<Map<String, Object>> rows = listOf(consumer).then().extract().jsonPath().getList("$");
        Map<String, Object> row = rows.stream().filter(r -> payload.equals(r.get("payload"))).findFirst().orElseThrow();
        assertThat(row).containsEntry("sourceTopic", Topics.OKTA_HOOKS.name()).containsEntry("recordKey", key)
                .containsEntry("errorCode", "TEST_FAILURE").containsEntry("attempts", 3).containsEntry("replayedAt", null);
        String id = (String) row.get("id");

        given().auth().oauth2(AdminTokens.viewer()).post("/admin/dead-letters/{id}/replay", id).then().statusCode(403);

        try (KafkaConsumer<String, byte[]> hooks = TestTopics.consumer(bootstrap, Topics.OKTA_HOOKS.name())) {
            given().auth().oauth2(AdminTokens.operator()).post("/admin/dead-letters/{id}/replay", id).then()
                    .statusCode(200)
                    .body("replayedBy", equalTo("switchboard-operator"));

            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            ConsumerRecord<String, byte[]> replayed = await().atMost(WAIT).until(() -> {
                hooks.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> id.equals(header(r, Replayer.REPLAY_HEADER))).findFirst().orElse(null);
            }, found -> found != null);
            assertThat(replayed.key()).isEqualTo(key);
            assertThat(replayed.value()).isEqualTo(payload.getBytes(StandardCharsets.UTF_8));
        }

        given().auth().oauth2(AdminTokens.operator()).post("/admin/dead-letters/{id}/replay", id).then()
                .statusCode(409);
        assertThat(AuditTrail.about(id)).extracting(e -> e.get("action") + " " + e.get("outcome") + " " + e.get("actor"))
                .containsExactly("DEAD_LETTER_REPLAY CONFLICT switchboard-operator",
                        "DEAD_LETTER_REPLAY REPLAYED switchboard-operator");
    }

    @Test
    void theReconcilersOwnDeadLettersAreStored() {
        String key = TestTopics.uniqueId("link-");
        TestTopics.send(bootstrap, Topics.PROVISIONING_RESULTS.name(), key, "{not json".getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = given().auth().oauth2(AdminTokens.viewer())
                    .queryParam("consumer", "profile-reconciler/provisioning-results").queryParam("limit", 500)
                    .get("/admin/dead-letters").then().statusCode(200).extract().jsonPath().getList("$");
            assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("recordKey", key)
                    .containsEntry("sourceTopic", Topics.PROVISIONING_RESULTS.name())
                    .containsEntry("payload", "{not json").containsEntry("errorCode", "UNREADABLE"));
        });
    }

    @Test
    void replaysSeveralAndAnswersForEach() {
        String consumer = TestTopics.uniqueId("test-consumer/");
        String key = TestTopics.uniqueId("00u");
        TestTopics.send(bootstrap, Topics.DEAD_LETTERS.name(), key,
                Json.write(letter(consumer, Topics.OKTA_HOOKS.name(), key, "{\"n\":1}")));
        TestTopics.send(bootstrap, Topics.DEAD_LETTERS.name(), key,
                Json.write(letter(consumer, "some.foreign.topic", key, "{\"n\":2}")));
        await().atMost(WAIT).untilAsserted(() -> listOf(consumer).then().statusCode(200).body("$", hasSize(2)));
        List<Map<String, Object>> rows = listOf(consumer).then().extract().jsonPath().getList("$");
        String replayable = idOf(rows, "{\"n\":1}");
        String foreign = idOf(rows, "{\"n\":2}");
        String unknown = java.util.UUID.randomUUID().toString();

        given().auth().oauth2(AdminTokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(replayable, unknown, foreign)))
                .post("/admin/dead-letters/replay").then()
                .statusCode(200)
                .body("results.id", equalTo(List.of(replayable, unknown, foreign)))
                .body("results.outcome", equalTo(List.of("REPLAYED", "NOT_FOUND", "CONFLICT")))
                .body("results[2].reason", equalTo("dead letter " + foreign
                        + " came from some.foreign.topic, which is not a topic Switchboard consumes"));
        assertThat(AuditTrail.about(replayable)).extracting(e -> e.get("outcome")).containsExactly("REPLAYED");
        assertThat(AuditTrail.about(unknown)).extracting(e -> e.get("outcome")).containsExactly("NOT_FOUND");
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        given().auth().oauth2(AdminTokens.operator()).contentType(ContentType.JSON).body(Map.of("ids", List.of()))
                .post("/admin/dead-letters/replay").then().statusCode(400);
        given().auth().oauth2(AdminTokens.operator()).contentType(ContentType.JSON).body(Map.of("ids", List.of("x")))
                .post("/admin/dead-letters/replay").then().statusCode(400)
                .body("reason", equalTo("dead letter id must be a UUID, got: x"));
        given().auth().oauth2(AdminTokens.operator()).post("/admin/dead-letters/{id}/replay", "12").then()
                .statusCode(400);
        given().auth().oauth2(AdminTokens.viewer()).queryParam("limit", 0).get("/admin/dead-letters").then()
                .statusCode(400)
                .body("reason", equalTo("limit must be between 1 and 500, got 0"));
    }

    private static Event<DeadLetter> letter(String consumer, String sourceTopic, String key, String payload) {
        return Event.first(Topics.DEAD_LETTERS, key, new DeadLetter(consumer, sourceTopic, 0, 42L, key, payload,
                new ErrorDetail("TEST_FAILURE", "made up for the test", null), 3, Instant.now()));
    }

    private static io.restassured.response.Response listOf(String consumer) {
        return given().auth().oauth2(AdminTokens.viewer()).queryParam("consumer", consumer).get("/admin/dead-letters");
    }

    private static String idOf(List<Map<String, Object>> rows, String payload) {
        return (String) rows.stream().filter(r -> payload.equals(r.get("payload"))).findFirst().orElseThrow().get("id");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
