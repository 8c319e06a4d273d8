package dev.switchboard.reconciler.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.Topics;
import dev.switchboard.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Breaker decisions through the admin API, against the real breaker: state, approve, reject, refusals, audit. */
@QuarkusTest
class BreakerAdminTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    HeldDecisions held;

    @BeforeEach
    void connect() {
        held = new HeldDecisions(jdbcUrl, dbUser, dbPassword);
    }

    @Test
    void approveReleasesTheCommandOnceThenConflictsAndIsAudited() throws Exception {
        String userId = TestTopics.uniqueId("00u");
        HeldDecisions.Held decision = held.hold(userId, RingCentralCommand.Action.REMOVE);
        String id = decision.id().toString();
        given().auth().oauth2(AdminTokens.viewer()).get("/admin/breaker").then()
                .statusCode(200)
                .body("state.open", equalTo(true))
                .body("pending.id", hasItem(id));

        try (KafkaConsumer<String, byte[]> commands = TestTopics.consumer(bootstrap, Topics.RINGCENTRAL_COMMANDS.name())) {
            given().auth().oauth2(AdminTokens.operator()).post("/admin/breaker/{id}/approve", id).then()
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("decidedBy", equalTo("switchboard-operator"));

            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            ConsumerRecord<String, byte[]> released = await().atMost(WAIT).until(() -> {
                commands.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> decision.linkId().toString().equals(r.key())).findFirst().orElse(null);
            }, found -> found != null);
            RingCentralCommand command = Json.readEvent(Topics.RINGCENTRAL_COMMANDS, released.value()).data();
            assertThat(command.action()).isEqualTo(RingCentralCommand.Action.REMOVE);
            assertThat(command.oktaUserId()).isEqualTo(userId);
        }

        given().auth().oauth2(AdminTokens.operator()).post("/admin/breaker/{id}/reject", id).then()
                .statusCode(409)
                .body("reason", equalTo("decision " + id + " was already APPROVED by switchboard-operator"));
        assertThat(held.status(decision.id())).isEqualTo("APPROVED");
        given().auth().oauth2(AdminTokens.viewer()).get("/admin/breaker").then()
                .body("pending.id", not(hasItem(id)));

        List<Map<String, Object>> audit = AuditTrail.about(id);
        assertThat(audit).extracting(e -> e.get("action") + " " + e.get("outcome") + " " + e.get("actor"))
                .containsExactly("BREAKER_REJECT CONFLICT switchboard-operator",
                        "BREAKER_APPROVE APPROVED switchboard-operator");
        assertThat(audit.get(1).get("detail")).isEqualTo(Map.of("action", "REMOVE",
                "oktaUserId", userId, "linkId", decision.linkId().toString()));
    }

    @Test
    void rejectDropsTheCommand() throws Exception {
        HeldDecisions.Held decision = held.hold(TestTopics.uniqueId("00u"), RingCentralCommand.Action.SUSPEND);
        given().auth().oauth2(AdminTokens.operator()).post("/admin/breaker/{id}/reject", decision.id()).then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertThat(held.status(decision.id())).isEqualTo("REJECTED");
        assertThat(AuditTrail.about(decision.id().toString())).extracting(e -> e.get("outcome"))
                .containsExactly("REJECTED");
    }

    @Test
    void unknownAndMalformedIdsAreRefused() {
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(AdminTokens.operator()).post("/admin/breaker/{id}/approve", unknown).then()
                .statusCode(404)
                .body("reason", equalTo("no breaker decision " + unknown));
        given().auth().oauth2(AdminTokens.operator()).post("/admin/breaker/{id}/approve", "not-a-uuid").then()
                .statusCode(400)
                .body("reason", equalTo("decision id must be a UUID, got: not-a-uuid"));
        assertThat(AuditTrail.about(unknown)).extracting(e -> e.get("outcome")).containsExactly("NOT_FOUND");
    }

    @Test
    void approveAllReleasesEveryHeldCommandAndIsAudited() throws Exception {
        HeldDecisions.Held first = held.hold(TestTopics.uniqueId("00u"), RingCentralCommand.Action.REMOVE);
        HeldDecisions.Held second = held.hold(TestTopics.uniqueId("00u"), RingCentralCommand.Action.DISABLE);
        int approved = given().auth().oauth2(AdminTokens.operator()).post("/admin/breaker/approve-all").then()
                .statusCode(200).extract().path("approved");
        assertThat(approved).isGreaterThanOrEqualTo(2);
        assertThat(held.status(first.id())).isEqualTo("APPROVED");
        assertThat(held.status(second.id())).isEqualTo("APPROVED");
        given().auth().oauth2(AdminTokens.viewer()).get("/admin/breaker").then()
                .body("pending", org.hamcrest.Matchers.empty());
        assertThat(AuditTrail.about("breaker")).first()
                .satisfies(e -> assertThat(e).containsEntry("action", "BREAKER_APPROVE_ALL")
                        .containsEntry("detail", Map.of("approved", approved)));
    }
}
