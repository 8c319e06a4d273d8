package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.okta.OktaApiException;
import dev.switchboard.sandbox.domain.okta.OktaAppUser;
import dev.switchboard.sandbox.domain.okta.OktaDirectory;
import dev.switchboard.sandbox.domain.okta.OktaGroup;
import dev.switchboard.sandbox.domain.okta.OktaUser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OktaGroupsTest {

    private static final String APP = "0oaapp";
    private final MutableClock clock = new MutableClock();
    private final OktaDirectory directory = new OktaDirectory(clock, APP);

    private OktaUser user(String name) {
        String email = name + "@example.com";
        return directory.createUser(Map.of("login", email, "email", email, "firstName", name, "lastName", "X"),
                true, true);
    }

    @Test
    void membersOfAnAssignedGroupAreGroupScopedAppUsers() {
        OktaUser before = user("before");
        OktaGroup sales = directory.createGroup("Sales", null);
        directory.addMember(sales.id(), before.id());
        OktaDirectory.GroupChange assigned = directory.assignGroup(APP, sales.id());
        assertThat(assigned.appUsersAdded()).extracting(OktaAppUser::userId).containsExactly(before.id());

        OktaUser after = user("after");
        OktaDirectory.GroupChange joined = directory.addMember(sales.id(), after.id());
        assertThat(joined.changed()).isTrue();
        assertThat(joined.appUsersAdded()).extracting(OktaAppUser::userId).containsExactly(after.id());
        assertThat(directory.appUser(APP, after.id()).scope()).isEqualTo("GROUP");
        assertThat(directory.addMember(sales.id(), after.id()).changed()).as("second add is a no-op").isFalse();
    }

    @Test
    void leavingTheGroupOrUnassigningItRemovesOnlyGroupDrivenAppUsers() {
        OktaUser direct = user("direct");
        OktaUser viaGroup = user("viagroup");
        OktaGroup sales = directory.createGroup("Sales", null);
        directory.assign(APP, direct.id(), "USER", null, Map.of());
        directory.addMember(sales.id(), direct.id());
        directory.addMember(sales.id(), viaGroup.id());
        directory.assignGroup(APP, sales.id());
        assertThat(directory.appUser(APP, direct.id()).scope()).as("a direct assignment wins").isEqualTo("USER");

        OktaDirectory.GroupChange unassigned = directory.unassignGroup(APP, sales.id());
        assertThat(unassigned.appUsersRemoved()).extracting(OktaAppUser::userId).containsExactly(viaGroup.id());
        assertThat(directory.appUser(APP, direct.id()).scope()).isEqualTo("USER");
        assertThatThrownBy(() -> directory.appUser(APP, viaGroup.id())).isInstanceOf(OktaApiException.class);

        directory.assignGroup(APP, sales.id());
        assertThat(directory.removeMember(sales.id(), viaGroup.id()).appUsersRemoved()).hasSize(1);
    }

    @Test
    void removingTheDirectAssignmentKeepsAGroupDrivenOne() {
        OktaUser both = user("both");
        OktaGroup sales = directory.createGroup("Sales", null);
        directory.assign(APP, both.id(), "USER", null, Map.of());
        directory.addMember(sales.id(), both.id());
        directory.assignGroup(APP, sales.id());
        assertThat(directory.unassign(APP, both.id())).as("nothing removed").isEmpty();
        assertThat(directory.appUser(APP, both.id()).scope()).isEqualTo("GROUP");
        assertThatThrownBy(() -> directory.unassign(APP, both.id())).isInstanceOfSatisfying(OktaApiException.class,
                e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void deactivationDropsTheAppUserAndReactivationBringsItBack() {
        OktaUser user = user("cycle");
        OktaGroup sales = directory.createGroup("Sales", null);
        directory.addMember(sales.id(), user.id());
        directory.assignGroup(APP, sales.id());
        assertThat(directory.deactivate(user.id()).removedAssignments()).hasSize(1);
        directory.activate(user.id());
        assertThat(directory.appUser(APP, user.id()).scope()).isEqualTo("GROUP");
    }

    @Test
    void groupNamesAreUniqueAndUnknownGroupsAre404() {
        directory.createGroup("Sales", null);
        assertThatThrownBy(() -> directory.createGroup("sales", null)).isInstanceOf(OktaApiException.class);
        assertThatThrownBy(() -> directory.group("00gnope")).isInstanceOfSatisfying(OktaApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> directory.unassignGroup(APP, directory.createGroup("Ops", null).id()))
                .isInstanceOf(OktaApiException.class);
    }
}
