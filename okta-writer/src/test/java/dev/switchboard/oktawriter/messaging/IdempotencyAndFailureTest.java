package dev.switchboard.oktawriter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.DeadLetter;
import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.OktaCommand;
import dev.switchboard.contracts.OktaCommand.Action;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.testing.TestTopics;
import dev.switchboard.writers.CommandLedger;
import dev.switchboard.writers.CommandProcessor;
import dev.switchboard.writers.LedgerPurge;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger makes a command id execute once; invalid records are dead-lettered and the consumer goes on. */
@QuarkusTest
class IdempotencyAndFailureTest {

    @Inject
    FakeOkta okta;

    @Inject
    CommandLedger ledger;

    @Inject
    LedgerPurge purge;

    @Test
    void aReplayedCommandIdIsAnsweredDuplicateWithoutCallingOkta() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        OktaCommand command = Commands.command(Action.UPDATE_PROFILE, userId, Map.of("title", "Countess"));
        Commands.send(command);
        ProvisioningResult first = Produced.result(command.linkId()).data();
        int callsAfterFirst = okta.requestsAbout(userId).size();

        Commands.send(command);
        List<Event<ProvisioningResult>> results = Produced.results(command.linkId(), 2);

        assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
        ProvisioningResult second = results.get(1).data();
        assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(second.attempts()).isZero();
        assertThat(second.oktaUserId()).isEqualTo(userId);
        assertThat(second.appliedAttributes()).isEqualTo(first.appliedAttributes());
        assertThat(okta.requestsAbout(userId)).hasSize(callsAfterFirst);
    }

    @Test
    void aFailedCommandIsNotRecordedSoItsReplayExecutesAgain() {
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");
        okta.failNext("POST", userId, 400);
        OktaCommand command = Commands.command(Action.UPDATE_PROFILE, userId, Map.of("title", "Countess"));
        Commands.send(command);
        assertThat(Produced.result(command.linkId()).data().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(ledger.find(command.commandId())).isEmpty();

        Commands.send(command);

        assertThat(Produced.results(command.linkId(), 2).get(1).data().outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheConsumerCarriesOn() {
        String key = TestTopics.uniqueId("link-");
        Commands.sendRaw(key, "{\"not\":\"a command\"".getBytes(StandardCharsets.UTF_8));
        String userId = okta.seedUser(Commands.uniqueLogin(), "Ada", "Lovelace");

        ProvisioningResult next = Commands.execute(Commands.command(Action.SUSPEND, userId, Map.of()));
        DeadLetter letter = Produced.deadLetter(key).data();

        assertThat(letter.error().code()).isEqualTo(CommandProcessor.INVALID_EVENT);
        assertThat(letter.payload()).isEqualTo("{\"not\":\"a command\"");
        assertThat(letter.recordKey()).isEqualTo(key);
        assertThat(letter.offset()).isNotNegative();
        assertThat(letter.attempts()).isZero();
        assertThat(next.outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void thePurgeForgetsOnlyRowsPastTheRetention() {
        ProvisioningResult old = result(TestTopics.uniqueId("cmd-"));
        ProvisioningResult recent = result(TestTopics.uniqueId("cmd-"));
        Instant now = Instant.now();
        ledger.record(old, now.minus(Duration.ofDays(40)));
        ledger.record(recent, now.minus(Duration.ofDays(1)));

        purge.run(); // the scheduled purge, with the default retention of 30 days

        assertThat(ledger.find(old.commandId())).isEmpty();
        assertThat(ledger.find(recent.commandId())).isPresent();
    }

    private static ProvisioningResult result(String commandId) {
        return new ProvisioningResult(commandId, "link-x", ProvisioningResult.TargetSystem.OKTA, "SUSPEND",
                Outcome.APPLIED, "00ux", null, Map.of(), null, 2, Instant.now());
    }
}
