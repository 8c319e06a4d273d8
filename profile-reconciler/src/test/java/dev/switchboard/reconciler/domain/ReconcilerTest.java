package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.reconciler.fixtures.Snapshots;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final Instant APPLIED = Instant.parse("2026-11-02T10:15:30Z");

    private final Reconciler reconciler = new Reconciler(AttributeMapping.defaultMapping());

    @Test
    void assignedUserWithoutLinkGetsNewLinkAndCreateCommand() {
        Decision decision = reconciler.decide(Snapshots.assigned("00u1").build(), Optional.empty());

        assertThat(decision).isInstanceOf(Decision.CreateLink.class);
        Decision.CreateLink create = (Decision.CreateLink) decision;
        RingCentralCommand command = create.command();
        assertThat(command.action()).isEqualTo(RingCentralCommand.Action.CREATE);
        assertThat(command.linkId()).isEqualTo(create.linkId().toString());
        assertThat(command.oktaUserId()).isEqualTo("00u1");
        assertThat(command.extensionId()).isNull();
        assertThat(command.commandId()).isNotEqualTo(command.linkId());
        assertThat(command.attributes()).containsEntry(RingCentralAttributes.FIRST_NAME, "Ada")
                .containsEntry(RingCentralAttributes.EMAIL, "ada.lovelace@example.com");
        assertThat(create.lastOktaUpdated()).isEqualTo(APPLIED);
    }

    @Test
    void unassignedDeletedOrDeprovisionedUserGetsNothing() {
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
    void activeLinkMeansNothingToDoForNow() {
        CurrentLink pending = new CurrentLink(UUID.randomUUID(), LinkState.PENDING_CREATE, null, APPLIED);
        CurrentLink linked = new CurrentLink(UUID.randomUUID(), LinkState.LINKED, "62000123004", APPLIED);

        assertThat(reconciler.decide(Snapshots.assigned("00u1").build(), Optional.of(pending)))
                .isEqualTo(new Decision.NoChange(Decision.Reason.ALREADY_LINKED));
        assertThat(reconciler.decide(Snapshots.assigned("00u1").lastUpdated(APPLIED.plusSeconds(60)).build(),
                Optional.of(linked))).isEqualTo(new Decision.NoChange(Decision.Reason.ALREADY_LINKED));
    }

    @Test
    void snapshotOlderThanTheAppliedOneIsStale() {
        CurrentLink linked = new CurrentLink(UUID.randomUUID(), LinkState.LINKED, "62000123004", APPLIED);

        assertThat(reconciler.decide(Snapshots.assigned("00u1").lastUpdated(APPLIED.minusMillis(1)).build(),
                Optional.of(linked))).isEqualTo(new Decision.NoChange(Decision.Reason.STALE));
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
}
