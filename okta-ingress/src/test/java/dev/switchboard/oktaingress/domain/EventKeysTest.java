package dev.switchboard.oktaingress.domain;

import static dev.switchboard.oktaingress.fixtures.Deliveries.appMembership;
import static dev.switchboard.oktaingress.fixtures.Deliveries.delivery;
import static dev.switchboard.oktaingress.fixtures.Deliveries.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.oktaingress.fixtures.Deliveries;
import org.junit.jupiter.api.Test;

class EventKeysTest {

    private static OktaHookEvent read(Deliveries.LogEvent event) {
        return HookDelivery.parse(delivery(event).bytes()).events().get(0);
    }

    @Test
    void keyIsTheUserTargetWhereverItStands() {
        String userId = Deliveries.userId();
        // [AppUser, AppInstance, User]: the user is last
        assertThat(EventKeys.keyOf(read(appMembership("add", Deliveries.APP_ID, userId)))).contains(userId);
        // group.user_membership.add: [User, UserGroup]
        assertThat(EventKeys.keyOf(read(event("group.user_membership.add")
                .target(userId, "User", "a@example.com", "A")
                .target("00gsales", "UserGroup", "unknown", "Sales")))).contains(userId);
    }

    @Test
    void groupAssignmentsAreKeyedByTheAppInstanceOrTheGroup() {
        assertThat(EventKeys.keyOf(read(event("group.application_assignment.add")
                .target("00gsales", "UserGroup", "unknown", "Sales")
                .target("0oaapp", "AppInstance", "RingCentral", "RingCentral")))).contains("0oaapp");
        assertThat(EventKeys.keyOf(read(event("group.profile.update")
                .target("00gsales", "UserGroup", "unknown", "Sales")))).contains("00gsales");
    }

    @Test
    void anEventAboutNoneOfThoseFallsBackToItsUuid() {
        Deliveries.LogEvent enrollment = event("user.session.start")
                .target("pfd1", "AuthenticatorEnrollment", "unknown", "Okta Verify");
        OktaHookEvent event = read(enrollment);

        assertThat(EventKeys.keyOf(event)).isEmpty();
        assertThat(EventKeys.keyOrUuid(event)).isEqualTo(enrollment.uuid());
    }
}
