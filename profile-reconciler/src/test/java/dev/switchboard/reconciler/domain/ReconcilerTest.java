package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.OktaUserSnapshot;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralCommand.Action;
import dev.switchboard.reconciler.fixtures.Snapshots;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final Instant APPLIED = Instant.parse("2026-11-02T10:15:30Z");
    private static final Instant LATER = APPLIED.plusSeconds(60);

    private final Reconciler reconciler = new Reconciler(AttributeMapping.defaultMapping());

    @Test
    void assignedUserWithoutLinkGetsNewLinkAndCreateCommand() {
        Decision decision = reconciler.decide(Snapshots.assigned("00u1").build(), Optional.empty());

        assertThat(decision).isInstanceOf(Decision.CreateLink.class);
        Decision.CreateLink create = (Decision.CreateLink) decision;
        RingCentralCommand command = create.command();
        assertThat(command.action()).isEqualTo(Action.CREATE);
        assertThat(command.linkId()).isEqualTo(create.linkId().toString());
        assertThat(command.oktaUserId()).isEqualTo("00u1");
        assertThat(command.extensionId()).isNull();
        assertThat(command.commandId()).isNotEqualTo(command.linkId());
        assertThat(command.attributes()).containsEntry(RingCentralAttributes.FIRST_NAME, "Ada")
                .containsEntry(RingCentralAttributes.EMAIL, "ada.lovelace@example.com");
        assertThat(create.lastOktaUpdated()).isEqualTo(APPLIED);
    }

    @Test
    void unassignedDeletedOrDeprovisionedUserWithoutLinkGetsNothing() {
        assertThat(reconciler.decide(Snapshots.assigned("00u1").unassigned().build(), Optional.empty()))
                .isEqualTo(new Decision.NoChange(Decision.Reason.NOT_ASSIGNED));
        assertThat(reconciler.decide(Snapshots.assigned("00u1").deleted().build(), Optional.empty()))
                .isEqualTo(new Decision.NoChange(Decision.Reason.NOT_ASSIGNED));
        assertThat(reconciler.decide(Snapshots.assigned("00u1").status("DEPROVISIONED").build(), Optional.empty()))
                .isEqualTo(new Decision.NoChange(Decision.Reason.NOT_ASSIGNED));
    }

    @Test
    void suspendedButAssignedUserStillGetsALink() {
        assertThat(reconciler.decide(Snapshots.assigned("00u1").status("SUSPENDED").build(), Optional.empty()))
                .isInstanceOf(Decision.CreateLink.class);
    }

    @Test
    void inFlightCreateOrRemovalDefersTheDecision() {
        CurrentLink pending = new CurrentLink(UUID.randomUUID(), LinkState.PENDING_CREATE, null, APPLIED);
        CurrentLink removing = new CurrentLink(UUID.randomUUID(), LinkState.REMOVING, "620001", APPLIED);

        assertThat(decide(Snapshots.assigned("00u1").lastUpdated(LATER), pending))
                .isEqualTo(new Decision.NoChange(Decision.Reason.AWAITING_CREATE));
        assertThat(decide(Snapshots.assigned("00u1").lastUpdated(LATER), removing))
                .isEqualTo(new Decision.NoChange(Decision.Reason.AWAITING_REMOVAL));
    }

    @Test
    void profileChangeUpdatesExactlyTheChangedAttributes() {
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());

        Decision decision = decide(Snapshots.assigned("00u1").lastUpdated(LATER).profile("title", "Principal"), linked);

        assertThat(decision).isInstanceOf(Decision.Update.class);
        RingCentralCommand update = decision.commands().get(0);
        assertThat(update.action()).isEqualTo(Action.UPDATE);
        assertThat(update.attributes()).containsExactlyEntriesOf(Map.of(RingCentralAttributes.JOB_TITLE, "Principal"));
        assertThat(update.extensionId()).isEqualTo("620001");
        assertThat(update.linkId()).isEqualTo(linked.id().toString());
    }

    @Test
    void clearedOktaValueIsSentAsNull() {
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());

        Decision decision = decide(Snapshots.assigned("00u1").lastUpdated(LATER).profile("department", null), linked);

        assertThat(decision.commands().get(0).attributes()).containsOnlyKeys(RingCentralAttributes.DEPARTMENT)
                .containsEntry(RingCentralAttributes.DEPARTMENT, null);
    }

    @Test
    void echoOfOurOwnValuesIsNoChange() {
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());
        Decision update = decide(Snapshots.assigned("00u1").lastUpdated(LATER).profile("title", "Principal"), linked);
        CurrentLink afterUpdate = linked.commanded(update.commands().get(0), LATER, true);

        // Okta reports the same values again with a newer lastUpdated: what we commanded, so no command
        assertThat(decide(Snapshots.assigned("00u1").lastUpdated(LATER.plusSeconds(5)).profile("title", "Principal"),
                afterUpdate)).isEqualTo(new Decision.NoChange(Decision.Reason.NO_DIFF));
    }

    @Test
    void attributesMasteredByRingCentralAreNeverPushed() {
        Mastery ringCentralOwnsTitle = attribute -> RingCentralAttributes.JOB_TITLE.equals(attribute)
                ? Master.RINGCENTRAL : Master.OKTA;
        Reconciler withMastery = new Reconciler(AttributeMapping.defaultMapping(), ringCentralOwnsTitle,
                Deactivation.REMOVE, UUID::randomUUID);
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());

        assertThat(withMastery.decide(Snapshots.assigned("00u1").lastUpdated(LATER).profile("title", "CEO").build(),
                Optional.of(linked))).isEqualTo(new Decision.NoChange(Decision.Reason.NO_DIFF));
        Decision.CreateLink create = (Decision.CreateLink) withMastery.decide(Snapshots.assigned("00u2").build(),
                Optional.empty());
        assertThat(create.command().attributes()).doesNotContainKey(RingCentralAttributes.JOB_TITLE);
    }

    @Test
    void withRingCentralAsProfileMasterOktaLifecycleIsNotPushed() {
        Reconciler ringCentralMaster = new Reconciler(AttributeMapping.defaultMapping(),
                new MasteryPolicy(Master.RINGCENTRAL, java.util.Map.of()), Deactivation.REMOVE, UUID::randomUUID);
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());

        assertThat(ringCentralMaster.decide(Snapshots.assigned("00u1").lastUpdated(LATER).status("SUSPENDED")
                .profile("title", "On leave").build(), Optional.of(linked)))
                .isEqualTo(new Decision.NoChange(Decision.Reason.NO_DIFF));
        assertThat(ringCentralMaster.decide(Snapshots.assigned("00u1").lastUpdated(LATER).unassigned().build(),
                Optional.of(linked))).isEqualTo(new Decision.NoChange(Decision.Reason.RINGCENTRAL_MASTERS_LIFECYCLE));
    }

    @Test
    void suspendedInOktaSuspendsOnceAndCarriesProfileChangesAlong() {
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());

        Decision decision = decide(Snapshots.assigned("00u1").lastUpdated(LATER).status("SUSPENDED")
                .profile("title", "On leave"), linked);

        assertThat(decision).isInstanceOf(Decision.Suspend.class);
        assertThat(decision.commands()).extracting(RingCentralCommand::action).containsExactly(Action.SUSPEND, Action.UPDATE);
        assertThat(decision.commands().get(0).reason()).isEqualTo("Suspended in Okta");
        assertThat(decision.commands().get(1).attributes()).containsOnlyKeys(RingCentralAttributes.JOB_TITLE);

        // before the result arrives, the commanded status already says SUSPENDED: no second SUSPEND
        CurrentLink commanded = linked.commanded(decision.commands().get(0), LATER, true)
                .commanded(decision.commands().get(1), LATER, true);
        assertThat(decide(Snapshots.assigned("00u1").lastUpdated(LATER.plusSeconds(1)).status("SUSPENDED")
                .profile("title", "On leave"), commanded)).isEqualTo(new Decision.NoChange(Decision.Reason.NO_DIFF));
    }

    @Test
    void activeAgainUnsuspends() {
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());
        Decision suspend = decide(Snapshots.assigned("00u1").lastUpdated(LATER).status("SUSPENDED"), linked);
        CurrentLink suspended = linked.commanded(suspend.commands().get(0), LATER, true)
                .withState(LinkState.SUSPENDED, "620001");

        Decision decision = decide(Snapshots.assigned("00u1").lastUpdated(LATER.plusSeconds(1)), suspended);

        assertThat(decision).isInstanceOf(Decision.Unsuspend.class);
        assertThat(decision.commands().get(0).reason()).isEqualTo("Unsuspended in Okta");
        assertThat(decision.commands()).extracting(RingCentralCommand::action).containsExactly(Action.UNSUSPEND);
    }

    @Test
    void unassignedDeprovisionedOrDeletedRemoves() {
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());

        for (Snapshots gone : new Snapshots[] {
                Snapshots.assigned("00u1").lastUpdated(LATER).unassigned(),
                Snapshots.assigned("00u1").lastUpdated(LATER).status("DEPROVISIONED"),
                Snapshots.assigned("00u1").lastUpdated(LATER).deleted()}) {
            Decision decision = decide(gone, linked);
            assertThat(decision).isInstanceOf(Decision.Deactivate.class);
            assertThat(decision.commands().get(0).action()).isEqualTo(Action.REMOVE);
            assertThat(decision.commands().get(0).extensionId()).isEqualTo("620001");
        }
    }

    @Test
    void deactivationCanDisableInsteadAndReassignmentEnablesTheSameLink() {
        Reconciler disabling = new Reconciler(AttributeMapping.defaultMapping(), Mastery.oktaMastersAll(),
                Deactivation.DISABLE, UUID::randomUUID);
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());

        Decision decision = disabling.decide(Snapshots.assigned("00u1").lastUpdated(LATER).unassigned().build(),
                Optional.of(linked));
        assertThat(decision.commands().get(0).action()).isEqualTo(Action.DISABLE);

        CurrentLink disabled = linked.commanded(decision.commands().get(0), LATER, true)
                .withState(LinkState.SUSPENDED, "620001");
        Decision again = disabling.decide(Snapshots.assigned("00u1").lastUpdated(LATER.plusSeconds(1)).build(),
                Optional.of(disabled));
        assertThat(again).isInstanceOf(Decision.Unsuspend.class);
        assertThat(((Decision.Unsuspend) again).linkId()).isEqualTo(linked.id());
    }

    @Test
    void deactivationIsProposedOnce() {
        CurrentLink linked = linkedAfterCreate(Snapshots.assigned("00u1").build());
        Decision remove = decide(Snapshots.assigned("00u1").lastUpdated(LATER).unassigned(), linked);
        // held by the breaker: the intent is recorded, the confirmed state stays LINKED
        CurrentLink held = linked.commanded(remove.commands().get(0), LATER, false);

        assertThat(held.state()).isEqualTo(LinkState.LINKED);
        assertThat(decide(Snapshots.assigned("00u1").lastUpdated(LATER).readAt(LATER.plusSeconds(900)).unassigned(),
                held)).isEqualTo(new Decision.NoChange(Decision.Reason.ALREADY_DEACTIVATED));
    }

    @Test
    void reassignmentAfterRemovalStartsANewLink() {
        CurrentLink removed = linkedAfterCreate(Snapshots.assigned("00u1").build())
                .withState(LinkState.REMOVED, "620001");

        Decision decision = decide(Snapshots.assigned("00u1").lastUpdated(LATER), removed);

        assertThat(decision).isInstanceOf(Decision.CreateLink.class);
        assertThat(((Decision.CreateLink) decision).linkId()).isNotEqualTo(removed.id());
    }

    @Test
    void snapshotOlderThanTheAppliedOneIsStale() {
        CurrentLink linked = new CurrentLink(UUID.randomUUID(), LinkState.LINKED, "62000123004", APPLIED);

        assertThat(reconciler.decide(Snapshots.assigned("00u1").lastUpdated(APPLIED.minusMillis(1)).build(),
                Optional.of(linked))).isEqualTo(new Decision.NoChange(Decision.Reason.STALE));
    }

    @Test
    void sameLastUpdatedIsOrderedByReadTimeBecauseAssignmentDoesNotTouchIt() {
        OktaUserSnapshot unassignedLater = Snapshots.assigned("00u1").unassigned().readAt(APPLIED.plusSeconds(30)).build();
        OktaUserSnapshot assignedEarlier = Snapshots.assigned("00u1").readAt(APPLIED.plusSeconds(10)).build();
        OktaState applied = OktaState.of(unassignedLater, reconciler.mapping());

        // the unassignment was applied (no link); the older read of the assignment arrives late and is dropped
        assertThat(reconciler.decide(OktaState.of(assignedEarlier, reconciler.mapping()), Optional.of(applied),
                Optional.empty())).isEqualTo(new Decision.NoChange(Decision.Reason.STALE));
    }

    @Test
    void failedLinkIsRetriedOnlyWhenOktaChangedTheUserSince() {
        CurrentLink failed = new CurrentLink(UUID.randomUUID(), LinkState.FAILED, null, APPLIED);

        assertThat(reconciler.decide(Snapshots.assigned("00u1").lastUpdated(APPLIED).build(), Optional.of(failed)))
                .isEqualTo(new Decision.NoChange(Decision.Reason.FAILED_UNCHANGED));
        Decision retry = reconciler.decide(Snapshots.assigned("00u1").lastUpdated(APPLIED.plusSeconds(1)).build(),
                Optional.of(failed));
        assertThat(retry).isInstanceOf(Decision.CreateLink.class);
        assertThat(((Decision.CreateLink) retry).linkId()).isNotEqualTo(failed.id());
    }

    private Decision decide(Snapshots snapshot, CurrentLink link) {
        return reconciler.decide(snapshot.build(), Optional.of(link));
    }

    /** The link as stored after the CREATE for {@code snapshot} and its successful result. */
    private CurrentLink linkedAfterCreate(OktaUserSnapshot snapshot) {
        Decision.CreateLink create = (Decision.CreateLink) reconciler.decide(snapshot, Optional.empty());
        return new CurrentLink(create.linkId(), LinkState.PENDING_CREATE, null, snapshot.lastUpdated(),
                snapshot.readAt(), null, null)
                .commanded(create.command(), APPLIED, true)
                .withState(LinkState.LINKED, "620001");
    }
}
