package dev.switchboard.rcwriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.RingCentralAttributes;
import dev.switchboard.contracts.RingCentralCommand;
import dev.switchboard.contracts.RingCentralCommand.Action;
import dev.switchboard.writers.CommandLedger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger makes a command id execute once; a create whose answer was lost makes one user, not two. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    FakeRingCentral ringCentral;
    @Inject
    CommandLedger ledger;

    @Test
    void theSameCommandTwiceIsExecutedOnceAndAnsweredDuplicate() {
        String email = Commands.uniqueEmail();
        RingCentralCommand command = Commands.create(email);
        Commands.send(command);
        ProvisioningResult first = Produced.result(command.linkId()).data();
        long calls = ringCentral.requests().size();

        Commands.send(command); // redelivered or replayed
        List<Event<ProvisioningResult>> results = Produced.results(command.linkId(), 2);

        ProvisioningResult second = results.get(1).data();
        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(second.commandId()).isEqualTo(command.commandId());
        assertThat(second.extensionId()).isEqualTo(first.extensionId());
        assertThat(second.appliedAttributes()).isEqualTo(first.appliedAttributes());
        assertThat(second.error()).isNull();
        assertThat(second.attempts()).isZero();
        assertThat(ringCentral.requests()).hasSize((int) calls); // no call at all for the duplicate
        assertThat(ringCentral.createsFor(email)).isEqualTo(1);
    }

    @Test
    void aCommandRecordedBeforeItsResultWasLostIsAnsweredFromTheLedger() {
        String id = ringCentral.seedUser(Commands.uniqueEmail(), "Ada", "Lovelace");
        RingCentralCommand command = Commands.command(Action.SUSPEND, id, null);
        ledger.record(new ProvisioningResult(command.commandId(), command.linkId(),
                ProvisioningResult.TargetSystem.RINGCENTRAL, "SUSPEND", Outcome.APPLIED, command.oktaUserId(), id,
                Map.of(), null, 2, Instant.now()), Instant.now());

        ProvisioningResult result = Commands.execute(command);

        assertThat(result.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(result.extensionId()).isEqualTo(id);
        assertThat(ringCentral.requests("read", id)).isEmpty();
        assertThat(ringCentral.requests("update", id)).isEmpty();
    }

    @Test
    void aFailedCommandIsNotRecordedSoItsReplayExecutesAgain() {
        RingCentralCommand command = Commands.command(Action.UPDATE, "61999996",
                Map.of(RingCentralAttributes.FIRST_NAME, "Ada"), null);
        Commands.send(command);
        assertThat(Produced.result(command.linkId()).data().outcome()).isEqualTo(Outcome.FAILED);

        Commands.send(command);
        List<Event<ProvisioningResult>> results = Produced.results(command.linkId(), 2);

        assertThat(results.get(1).data().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(ringCentral.requests("read", "61999996")).hasSize(2);
        assertThat(ledger.find(command.commandId())).isEmpty();
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundByTheNextLookupNotCreatedTwice() {
        String email = Commands.uniqueEmail();
        ringCentral.loseNextAnswer("create", 1, 503);
        RingCentralCommand command = Commands.create(email);

        ProvisioningResult result = Commands.execute(command);

        assertThat(ringCentral.extensionsWithEmail(email)).isEqualTo(1);
        assertThat(ringCentral.createsFor(email)).isEqualTo(1);
        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(result.extensionId()).isEqualTo(ringCentral.extensionIdOf(email));
        assertThat(result.attempts()).isEqualTo(3); // lookup, create (answer lost), lookup
    }

    @Test
    void thePurgeForgetsOnlyCommandsOlderThanTheRetention() {
        RingCentralCommand old = Commands.command(Action.UNSUSPEND, "62000001", null);
        RingCentralCommand recent = Commands.command(Action.UNSUSPEND, "62000002", null);
        Instant now = Instant.now();
        ledger.record(unchanged(old), now.minus(Duration.ofDays(31)));
        ledger.record(unchanged(recent), now.minus(Duration.ofDays(29)));

        int purged = ledger.purgeExecutedBefore(now.minus(Duration.ofDays(30)));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(ledger.find(old.commandId())).isEmpty();
        assertThat(ledger.find(recent.commandId())).isPresent();
    }

    private static ProvisioningResult unchanged(RingCentralCommand command) {
        return new ProvisioningResult(command.commandId(), command.linkId(), ProvisioningResult.TargetSystem.RINGCENTRAL,
                command.action().name(), Outcome.UNCHANGED, command.oktaUserId(), command.extensionId(), Map.of(), null,
                1, Instant.now());
    }
}
