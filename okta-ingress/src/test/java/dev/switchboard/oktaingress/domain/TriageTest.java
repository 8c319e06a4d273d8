package dev.switchboard.oktaingress.domain;

import static dev.switchboard.oktaingress.fixtures.Deliveries.APP_ID;
import static dev.switchboard.oktaingress.fixtures.Deliveries.appMembership;
import static dev.switchboard.oktaingress.fixtures.Deliveries.delivery;
import static dev.switchboard.oktaingress.fixtures.Deliveries.event;
import static dev.switchboard.oktaingress.fixtures.Deliveries.userEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriageTest {

    private static final String USER = "00utriage0000000001";

    private static Triage triage(Deliveries.LogEvent event) {
        OktaHookEvent read = HookDelivery.parse(delivery(event).bytes()).events().get(0);
        return Triage.of(read, APP_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user.lifecycle.create", "user.lifecycle.activate", "user.lifecycle.reactivate",
            "user.lifecycle.deactivate", "user.lifecycle.suspend", "user.lifecycle.unsuspend",
            "user.lifecycle.delete.initiated", "user.account.update_profile"})
    void successfulUserEventsMakeUsReadTheUser(String type) {
        assertThat(triage(userEvent(type, USER))).isEqualTo(new Triage(Triage.Action.READ_USER, USER, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "remove"})
    void groupMembershipsMakeUsReadTheUser(String action) {
        Deliveries.LogEvent event = userEvent("group.user_membership." + action, USER)
                .target("00gsales", "UserGroup", "unknown", "Sales");
        assertThat(triage(event)).isEqualTo(new Triage(Triage.Action.READ_USER, USER, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "remove", "update"})
    void groupAssignmentsOfOurAppMakeUsReListItsUsers(String action) {
        Deliveries.LogEvent event = event("group.application_assignment." + action)
                .target("00gsales", "UserGroup", "unknown", "Sales")
                .target(APP_ID, "AppInstance", "RingCentral", "RingCentral");
        assertThat(triage(event)).isEqualTo(new Triage(Triage.Action.RELIST_APP_USERS, null, null));
    }

    @Test
    void groupAssignmentsOfAnotherAppOrNoneAreIgnored() {
        assertThat(triage(event("group.application_assignment.add").target("00gsales", "UserGroup", "unknown", "Sales")
                .target("0oaslack", "AppInstance", "Slack", "Slack")).ignoredReason()).isEqualTo(Triage.OTHER_APP);
        assertThat(triage(event("group.application_assignment.remove").target("00gsales", "UserGroup", "unknown", "Sales"))
                .ignoredReason()).isEqualTo(Triage.NO_APP_INSTANCE);
    }

    @Test
    void theHandledSetIsExactlyTheIssuesList() {
        assertThat(Triage.HANDLED_TYPES).containsExactlyInAnyOrder(
                "application.user_membership.add", "application.user_membership.update",
                "application.user_membership.remove", "user.account.update_profile", "user.lifecycle.create",
                "user.lifecycle.activate", "user.lifecycle.reactivate", "user.lifecycle.deactivate",
                "user.lifecycle.suspend", "user.lifecycle.unsuspend", "user.lifecycle.delete.initiated",
                "group.user_membership.add", "group.user_membership.remove", "group.application_assignment.add",
                "group.application_assignment.remove", "group.application_assignment.update");
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "remove", "update"})
    void assignmentsToOurAppMakeUsReadTheUser(String action) {
        Triage triage = triage(appMembership(action, APP_ID, USER));
        assertThat(triage.action()).isEqualTo(Triage.Action.READ_USER);
        assertThat(triage.userId()).isEqualTo(USER);
    }

    @Test
    void assignmentsToAnotherAppAreIgnored() {
        assertThat(triage(appMembership("add", "0oaslack", USER)).ignoredReason()).isEqualTo(Triage.OTHER_APP);
    }

    @Test
    void anAssignmentWithoutAppInstanceIsIgnored() {
        Deliveries.LogEvent event = event("application.user_membership.add").target(USER, "User", "a@example.com", "A");
        assertThat(triage(event).ignoredReason()).isEqualTo(Triage.NO_APP_INSTANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAILURE", "SKIPPED", "DENY", "UNKNOWN"})
    void onlySuccessCounts(String outcome) {
        assertThat(triage(userEvent("user.lifecycle.deactivate", USER).outcome(outcome)).ignoredReason())
                .isEqualTo(Triage.NOT_SUCCESS);
    }

    @Test
    void otherTypesAreIgnoredEvenWhenTheyNameAUser() {
        for (String type : List.of("group.profile.update", "user.session.start", "user.lifecycle.delete.completed",
                "user.account.lock")) {
            assertThat(triage(userEvent(type, USER)).ignoredReason()).as(type).isEqualTo(Triage.UNHANDLED_TYPE);
        }
    }

    @Test
    void aHandledEventWithoutUserTargetIsIgnored() {
        assertThat(triage(event("user.lifecycle.activate").target("0oaother", "AppUser", "x", "x")).ignoredReason())
                .isEqualTo(Triage.NO_USER);
        assertThat(triage(event("group.user_membership.add").target("00gsales", "UserGroup", "unknown", "Sales"))
                .ignoredReason()).isEqualTo(Triage.NO_USER);
    }

    @Test
    void eventsSharingAUuidAreEachTriaged() {
        Deliveries.LogEvent create = userEvent("user.lifecycle.create", USER);
        Deliveries.LogEvent reactivate = userEvent("user.lifecycle.reactivate", USER).uuid(create.uuid())
                .outcome("FAILURE");
        List<OktaHookEvent> events = HookDelivery.parse(delivery(create, reactivate).bytes()).events();

        assertThat(events).extracting(e -> Triage.of(e, APP_ID).counts()).containsExactly(true, false);
    }
}
