package dev.switchboard.oktaingress.messaging;

import static dev.switchboard.oktaingress.fixtures.Deliveries.APP_ID;
import static dev.switchboard.oktaingress.fixtures.Deliveries.appMembership;
import static dev.switchboard.oktaingress.fixtures.Deliveries.delivery;
import static dev.switchboard.oktaingress.fixtures.Deliveries.userEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.contracts.schema.ContractValidator;
import dev.switchboard.oktaingress.domain.Triage;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import dev.switchboard.oktaingress.fixtures.FakeOkta;
import dev.switchboard.oktaingress.fixtures.Topic;
import dev.switchboard.testing.InJvmKafka;
import dev.switchboard.testing.TestTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnrichmentTest {

    private static Topic hooks;
    private static Topic users;
    private static Topic deadLetters;

    @Inject
    MeterRegistry registry;

    @BeforeAll
    static void subscribe() {
        hooks = new Topic(Topics.OKTA_HOOKS.name());
        users = new Topic(Topics.OKTA_USERS.name());
        deadLetters = new Topic(Topics.DEAD_LETTERS.name());
    }

    @AfterAll
    static void close() {
        hooks.close();
        users.close();
        deadLetters.close();
    }

    private static void deliver(Deliveries.LogEvent... events) {
        given().contentType(ContentType.JSON).header("Authorization", "test-hook-secret")
                .body(delivery(events).string()).when().post("/hooks/okta").then().statusCode(204);
    }

    @Test
    void anAssignmentBecomesASnapshotInTheSameCorrelation() {
        String userId = Deliveries.userId();
        FakeOkta.user(userId, "ada@example.com");
        FakeOkta.assign(APP_ID, userId);

        Deliveries.LogEvent added = appMembership("add", APP_ID, userId);
        Deliveries.Delivery delivery = delivery(added);
        given().contentType(ContentType.JSON).header("Authorization", "test-hook-secret")
                .body(delivery.string()).when().post("/hooks/okta").then().statusCode(204);

        ConsumerRecord<String, byte[]> hook = hooks.withKey(userId).get(0);
        ConsumerRecord<String, byte[]> record = users.withKey(userId).get(0);
        ContractValidator.assertConforms(Topics.OKTA_USERS, record.value());
        Event<OktaHookEvent> cause = Json.readEvent(Topics.OKTA_HOOKS, hook.value());
        Event<OktaUserSnapshot> snapshot = Json.readEvent(Topics.OKTA_USERS, record.value());
        assertThat(snapshot.correlationId()).isEqualTo(cause.correlationId());
        assertThat(snapshot.causationId()).isEqualTo(cause.id());
        OktaUserSnapshot data = snapshot.data();
        assertThat(data.userId()).isEqualTo(userId);
        assertThat(data.status()).isEqualTo("ACTIVE");
        assertThat(data.profile()).containsEntry("email", "ada@example.com").containsEntry("firstName", "Ada");
        assertThat(data.deleted()).isFalse();
        assertThat(data.trigger()).isEqualTo("application.user_membership.add");
        // the reconciler dedupes on the trigger's ids
        assertThat(data.hookDeliveryId()).isEqualTo(delivery.eventId());
        assertThat(data.hookEventUuid()).isEqualTo(added.uuid());
        assertThat(data.appUser().appId()).isEqualTo(APP_ID);
        assertThat(data.appUser().status()).isEqualTo("PROVISIONED");
        assertThat(data.appUser().scope()).isEqualTo("USER");
        assertThat(data.appUser().profile()).containsEntry("department", "Engineering");
    }

    @Test
    void anUnassignedUserHasNoAppUserAndAMissingOneIsDeleted() {
        String unassigned = Deliveries.userId();
        String gone = Deliveries.userId();
        FakeOkta.user(unassigned, "grace@example.com");

        deliver(appMembership("remove", APP_ID, unassigned), userEvent("user.lifecycle.delete.initiated", gone));

        OktaUserSnapshot removed = Json.readEvent(Topics.OKTA_USERS, users.withKey(unassigned).get(0).value()).data();
        assertThat(removed.assigned()).isFalse();
        assertThat(removed.deleted()).isFalse();
        ConsumerRecord<String, byte[]> deleted = users.withKey(gone).get(0);
        ContractValidator.assertConforms(Topics.OKTA_USERS, deleted.value());
        assertThat(Json.readEvent(Topics.OKTA_USERS, deleted.value()).data().deleted()).isTrue();
        // a deleted user is not looked up in the app
        assertThat(FakeOkta.requestsAbout(gone)).extracting(FakeOkta.Recorded::path)
                .containsExactly("/api/v1/users/" + gone);
    }

    @Test
    void ignoredEventsAreCountedAndProduceNoSnapshot() {
        String otherApp = Deliveries.userId();
        String failed = Deliveries.userId();
        String marker = Deliveries.userId();
        FakeOkta.user(otherApp, "x@example.com");
        FakeOkta.user(failed, "y@example.com");
        FakeOkta.user(marker, "z@example.com");
        double otherAppBefore = ignored(Triage.OTHER_APP);
        double failedBefore = ignored(Triage.NOT_SUCCESS);

        deliver(appMembership("add", "0oaslack", otherApp),
                userEvent("user.lifecycle.deactivate", failed).outcome("FAILURE"),
                userEvent("user.lifecycle.activate", marker));

        users.withKey(marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> ignored(Triage.OTHER_APP) > otherAppBefore
                && ignored(Triage.NOT_SUCCESS) > failedBefore);
        assertThat(users.matching(r -> otherApp.equals(r.key()) || failed.equals(r.key()))).isEmpty();
        assertThat(FakeOkta.requestsAbout(otherApp)).isEmpty();
    }

    @Test
    void retriesThroughRateLimitsAndServerErrors() {
        String userId = Deliveries.userId();
        FakeOkta.user(userId, "retry@example.com");
        FakeOkta.failNext(userId, 503, 429);

        deliver(userEvent("user.lifecycle.unsuspend", userId));

        assertThat(Json.readEvent(Topics.OKTA_USERS, users.withKey(userId).get(0).value()).data().status())
                .isEqualTo("ACTIVE");
        assertThat(FakeOkta.requestsAbout(userId)).hasSize(4);
    }

    @Test
    void aUserOktaKeepsFailingOnGoesToTheDeadLetters() {
        String userId = Deliveries.userId();
        FakeOkta.user(userId, "down@example.com");
        FakeOkta.failNext(userId, 500, 500, 500, 500);

        deliver(userEvent("user.lifecycle.suspend", userId));

        ConsumerRecord<String, byte[]> record = deadLetters.withKey(userId).get(0);
        ContractValidator.assertConforms(Topics.DEAD_LETTERS, record.value());
        Event<DeadLetter> letter = Json.readEvent(Topics.DEAD_LETTERS, record.value());
        Event<OktaHookEvent> hook = Json.readEvent(Topics.OKTA_HOOKS, hooks.withKey(userId).get(0).value());
        assertThat(letter.correlationId()).isEqualTo(hook.correlationId());
        assertThat(letter.data().consumer()).isEqualTo("okta-ingress/enricher");
        assertThat(letter.data().sourceTopic()).isEqualTo(Topics.OKTA_HOOKS.name());
        assertThat(letter.data().error().code()).isEqualTo("E0000009");
        assertThat(letter.data().error().httpStatus()).isEqualTo(500);
        assertThat(letter.data().attempts()).isEqualTo(4);
        assertThat(Json.readEvent(Topics.OKTA_HOOKS, letter.data().payload()).id()).isEqualTo(hook.id());
        assertThat(users.matching(r -> userId.equals(r.key()))).isEmpty();
    }

    @Test
    void aRefusalIsNotRetried() {
        String userId = Deliveries.userId();
        FakeOkta.user(userId, "forbidden@example.com");
        FakeOkta.failNext(userId, 403);

        deliver(userEvent("user.account.update_profile", userId));

        DeadLetter letter = Json.readEvent(Topics.DEAD_LETTERS, deadLetters.withKey(userId).get(0).value()).data();
        assertThat(letter.error().httpStatus()).isEqualTo(403);
        assertThat(letter.error().code()).isEqualTo("E0000006");
        // Okta's challenge names the scope to grant, and the dead letter passes it on
        assertThat(letter.error().message()).contains("insufficient_scope", "the scope okta.users.read",
                "grant it to the Okta service app");
        assertThat(letter.attempts()).isEqualTo(1);
        assertThat(FakeOkta.requestsAbout(userId)).hasSize(1);
    }

    @Test
    void aRecordThatIsNoHookEventGoesToTheDeadLettersAndTheNextOneIsEnriched() {
        String broken = Deliveries.userId();
        String next = Deliveries.userId();
        FakeOkta.user(next, "next@example.com");

        TestTopics.send(InJvmKafka.bootstrapServers(), Topics.OKTA_HOOKS.name(), broken,
                "{\"type\":\"okta.hook.event\"}".getBytes(StandardCharsets.UTF_8));
        deliver(userEvent("user.lifecycle.create", next));

        ConsumerRecord<String, byte[]> record = deadLetters.withKey(broken).get(0);
        ContractValidator.assertConforms(Topics.DEAD_LETTERS, record.value());
        DeadLetter letter = Json.readEvent(Topics.DEAD_LETTERS, record.value()).data();
        assertThat(letter.error().code()).isEqualTo("INVALID_EVENT");
        assertThat(letter.payload()).isEqualTo("{\"type\":\"okta.hook.event\"}");
        assertThat(letter.recordKey()).isEqualTo(broken);
        assertThat(users.withKey(next)).hasSize(1);
    }

    private double ignored(String reason) {
        var counter = registry.find("switchboard.okta.hooks.ignored").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
