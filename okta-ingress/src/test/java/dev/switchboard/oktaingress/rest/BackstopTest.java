package dev.switchboard.oktaingress.rest;

import static dev.switchboard.oktaingress.fixtures.Deliveries.APP_ID;
import static dev.switchboard.oktaingress.fixtures.Deliveries.appMembership;
import static dev.switchboard.oktaingress.fixtures.Deliveries.userEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.oktaingress.fixtures.AdminTokens;
import dev.switchboard.oktaingress.messaging.BackstopTurn;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import dev.switchboard.oktaingress.fixtures.FakeOkta;
import dev.switchboard.oktaingress.fixtures.Topic;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The backstop over the System Log and the app's users, run on demand through the admin API. */
@QuarkusTest
class BackstopTest {

    @Inject
    BackstopTurn turn;

    @Test
    void theOnlyReplicaHoldsPartitionZeroSoTheScheduledBackstopIsItsTurn() {
        // wiring check: the enricher's consumer reports its assignment to BackstopTurn
        await().atMost(Duration.ofSeconds(60)).until(turn::mine);
    }

    private static JsonPath runBackstop() {
        String[] location = new String[1];
        // one run at a time: a run another test started answers 409 until it ends
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var started = given().auth().oauth2(AdminTokens.operator()).when().post("/admin/backstop");
            assertThat(started.statusCode()).isIn(202, 409);
            location[0] = started.header("Location");
            return started.statusCode() == 202;
        });
        JsonPath[] report = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            report[0] = given().auth().oauth2(AdminTokens.viewer()).when().get(location[0])
                    .then().statusCode(200).extract().jsonPath();
            return !"RUNNING".equals(report[0].getString("state"));
        });
        return report[0];
    }

    private static OktaUserSnapshot snapshot(ConsumerRecord<String, byte[]> record) {
        return Json.readEvent(Topics.OKTA_USERS, record.value()).data();
    }

    @Test
    void eventsOnlyInTheSystemLogAndAssignedUsersBecomeSnapshots() {
        // a deactivation whose hook never arrived: Okta deprovisioned the user and removed the assignment
        String deactivated = Deliveries.userId();
        FakeOkta.user(deactivated, "gone@example.com").put("status", "DEPROVISIONED");
        Deliveries.LogEvent deactivation = userEvent("user.lifecycle.deactivate", deactivated);
        FakeOkta.systemLog(deactivation);
        // an assignment whose hook never arrived either, and an event the backstop must leave alone
        String assigned = Deliveries.userId();
        FakeOkta.user(assigned, "new@example.com");
        FakeOkta.assign(APP_ID, assigned);
        Deliveries.LogEvent assignment = appMembership("add", APP_ID, assigned);
        FakeOkta.systemLog(assignment);
        String otherApp = Deliveries.userId();
        FakeOkta.user(otherApp, "slack@example.com");
        FakeOkta.systemLog(appMembership("add", "0oaslack", otherApp));
        FakeOkta.systemLog(userEvent("user.session.start", otherApp));

        try (Topic users = new Topic(Topics.OKTA_USERS.name())) {
            JsonPath report = runBackstop();

            assertThat(report.getString("state")).isEqualTo("SUCCEEDED");
            assertThat(report.getInt("logEvents")).isGreaterThanOrEqualTo(3);
            assertThat(report.getInt("users")).isGreaterThanOrEqualTo(1);
            assertThat(report.getInt("snapshots")).isGreaterThanOrEqualTo(3);
            assertThat(report.getInt("errors")).isZero();

            OktaUserSnapshot gone = snapshot(users.withKey(deactivated).get(0));
            assertThat(gone.status()).isEqualTo("DEPROVISIONED");
            assertThat(gone.assigned()).isFalse();
            assertThat(gone.trigger()).isEqualTo("user.lifecycle.deactivate");
            assertThat(gone.hookEventUuid()).isEqualTo(deactivation.uuid());
            assertThat(gone.hookDeliveryId()).isNull();

            // once from its System Log event, once as an assigned user
            List<OktaUserSnapshot> found = users.await(2, r -> assigned.equals(r.key())).stream()
                    .map(BackstopTest::snapshot).toList();
            assertThat(found).extracting(OktaUserSnapshot::trigger)
                    .containsExactlyInAnyOrder("application.user_membership.add", "backstop");
            assertThat(found).allSatisfy(s -> assertThat(s.assigned()).isTrue());
            assertThat(found.stream().filter(s -> "backstop".equals(s.trigger())).findFirst().orElseThrow()
                    .hookEventUuid()).isNull();
        }
        assertThat(FakeOkta.requestsAbout(otherApp)).isEmpty();
        // the System Log was paged (2 per page in %test) until an empty page
        List<FakeOkta.Recorded> logPages = FakeOkta.REQUESTS.stream().filter(r -> r.path().equals("/api/v1/logs")).toList();
        assertThat(logPages.size()).isGreaterThan(2);
        assertThat(logPages.get(0).query().get("filter").get(0)).contains("eventType eq \"user.lifecycle.deactivate\"")
                .contains("eventType eq \"group.application_assignment.add\"");
        assertThat(logPages.get(1).query()).containsKey("after");
    }
}
