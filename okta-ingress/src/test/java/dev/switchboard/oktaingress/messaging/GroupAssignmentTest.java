package dev.switchboard.oktaingress.messaging;

import static dev.switchboard.oktaingress.fixtures.Deliveries.APP_ID;
import static dev.switchboard.oktaingress.fixtures.Deliveries.delivery;
import static dev.switchboard.oktaingress.fixtures.Deliveries.event;
import static dev.switchboard.oktaingress.fixtures.Deliveries.userEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.Topics;
import dev.switchboard.contracts.schema.ContractValidator;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import dev.switchboard.oktaingress.fixtures.FakeOkta;
import dev.switchboard.oktaingress.fixtures.Topic;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Group-driven assignments: the event names a group, so every user of the app is re-read. */
@QuarkusTest
class GroupAssignmentTest {

    private static void deliver(Deliveries.LogEvent event) {
        given().contentType(ContentType.JSON).header("Authorization", "test-hook-secret")
                .body(delivery(event).string()).when().post("/hooks/okta").then().statusCode(204);
    }

    @Test
    void aGroupAssignmentOfOurAppGivesASnapshotOfEveryAppUser() {
        // more users than one page (%test pages hold 2), so the listing follows Link rel="next"
        List<String> members = Stream.generate(Deliveries::userId).limit(3).toList();
        members.forEach(id -> {
            FakeOkta.user(id, id + "@example.com");
            FakeOkta.assign(APP_ID, id).put("scope", "GROUP");
        });
        Deliveries.LogEvent assigned = event("group.application_assignment.add")
                .target("00gsales", "UserGroup", "unknown", "Sales")
                .target(APP_ID, "AppInstance", "RingCentral", "RingCentral");

        try (Topic users = new Topic(Topics.OKTA_USERS.name())) {
            deliver(assigned);

            List<ConsumerRecord<String, byte[]>> records = users.await(3, r -> members.contains(r.key())
                    && Json.readEvent(Topics.OKTA_USERS, r.value()).data().hookEventUuid() != null
                    && assigned.uuid().equals(Json.readEvent(Topics.OKTA_USERS, r.value()).data().hookEventUuid()));
            assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(members);
            for (ConsumerRecord<String, byte[]> record : records) {
                ContractValidator.assertConforms(Topics.OKTA_USERS, record.value());
                OktaUserSnapshot snapshot = Json.readEvent(Topics.OKTA_USERS, record.value()).data();
                assertThat(snapshot.trigger()).isEqualTo("group.application_assignment.add");
                assertThat(snapshot.appUser().scope()).isEqualTo("GROUP");
                assertThat(snapshot.profile()).containsEntry("email", record.key() + "@example.com");
            }
        }
        // expand=user embeds the users: no single-user reads were needed
        members.forEach(id -> assertThat(FakeOkta.requestsAbout("/api/v1/users/" + id)).isEmpty());
    }

    @Test
    void aGroupMembershipReReadsItsUser() {
        String userId = Deliveries.userId();
        FakeOkta.user(userId, "member@example.com");
        FakeOkta.assign(APP_ID, userId).put("scope", "GROUP");
        Deliveries.LogEvent joined = userEvent("group.user_membership.add", userId)
                .target("00gsales", "UserGroup", "unknown", "Sales");

        try (Topic users = new Topic(Topics.OKTA_USERS.name())) {
            deliver(joined);

            Event<OktaUserSnapshot> snapshot = Json.readEvent(Topics.OKTA_USERS, users.withKey(userId).get(0).value());
            assertThat(snapshot.data().trigger()).isEqualTo("group.user_membership.add");
            assertThat(snapshot.data().hookEventUuid()).isEqualTo(joined.uuid());
            assertThat(snapshot.data().assigned()).isTrue();
        }
    }
}
