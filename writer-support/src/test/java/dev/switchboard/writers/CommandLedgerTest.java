package dev.switchboard.writers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.ProvisioningResult.TargetSystem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The ledger against a real PostgreSQL, in both writers' table shapes. */
class CommandLedgerTest {

    private final CommandLedger ringCentral =
            new CommandLedger(LedgerTables.dataSource(), LedgerTables.RINGCENTRAL, TargetSystem.RINGCENTRAL);
    private final CommandLedger okta = new CommandLedger(LedgerTables.dataSource(), LedgerTables.OKTA, TargetSystem.OKTA);

    @Test
    void aRecordedCommandIsFoundWithTheResultItProduced() {
        String id = LedgerTables.uniqueId("cmd-");
        ProvisioningResult result = LedgerTables.result(TargetSystem.RINGCENTRAL, id, Outcome.APPLIED);

        assertThat(ringCentral.find(id)).isEmpty();
        assertThat(ringCentral.record(result, Instant.now())).isTrue();

        assertThat(ringCentral.find(id)).contains(result);
    }

    @Test
    void theFirstExecutionCountsARecordOfTheSameIdAgainKeepsIt() {
        String id = LedgerTables.uniqueId("cmd-");
        ProvisioningResult first = LedgerTables.result(TargetSystem.OKTA, id, Outcome.APPLIED);
        okta.record(first, Instant.now());

        boolean inserted = okta.record(LedgerTables.result(TargetSystem.OKTA, id, Outcome.UNCHANGED), Instant.now());

        assertThat(inserted).isFalse();
        assertThat(okta.find(id)).contains(first);
    }

    @Test
    void eachWriterKeepsTheUserIdOfItsTargetSystemInItsOwnColumn() {
        String rcId = LedgerTables.uniqueId("cmd-");
        String oktaId = LedgerTables.uniqueId("cmd-");
        ringCentral.record(LedgerTables.result(TargetSystem.RINGCENTRAL, rcId, Outcome.APPLIED), Instant.now());
        okta.record(LedgerTables.result(TargetSystem.OKTA, oktaId, Outcome.APPLIED), Instant.now());

        assertThat(LedgerTables.select("SELECT extension_id FROM " + LedgerTables.RINGCENTRAL
                + " WHERE command_id = '" + rcId + "'")).isEqualTo("ext-" + rcId);
        assertThat(LedgerTables.select("SELECT okta_user_id FROM " + LedgerTables.OKTA
                + " WHERE command_id = '" + oktaId + "'")).isEqualTo("00u-" + oktaId);
        assertThat(ringCentral.find(oktaId)).as("the writers' ledgers are separate tables").isEmpty();
    }

    @Test
    void thePurgeForgetsOnlyCommandsExecutedBeforeTheCutoff() {
        Instant now = Instant.now();
        String old = LedgerTables.uniqueId("cmd-");
        String recent = LedgerTables.uniqueId("cmd-");
        ringCentral.record(LedgerTables.result(TargetSystem.RINGCENTRAL, old, Outcome.UNCHANGED),
                now.minus(Duration.ofDays(31)));
        ringCentral.record(LedgerTables.result(TargetSystem.RINGCENTRAL, recent, Outcome.UNCHANGED),
                now.minus(Duration.ofDays(29)));

        int purged = ringCentral.purgeExecutedBefore(now.minus(Duration.ofDays(30)));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(ringCentral.find(old)).isEmpty();
        assertThat(ringCentral.find(recent)).isPresent();
    }

    @Test
    void onlyAPlainSchemaQualifiedTableNameIsAccepted() {
        for (String table : new String[] {"command_ledger", "rcwriter.command_ledger; DROP TABLE x", "RC.Ledger", null}) {
            assertThatThrownBy(() -> new CommandLedger(LedgerTables.dataSource(), table, TargetSystem.RINGCENTRAL))
                    .as(table).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aLedgerThatCannotBeReachedFailsLoudly() {
        CommandLedger unreachable =
                new CommandLedger(LedgerTables.unreachable(), LedgerTables.RINGCENTRAL, TargetSystem.RINGCENTRAL);

        assertThatThrownBy(() -> unreachable.find("cmd-1")).isInstanceOf(CommandLedger.LedgerException.class)
                .hasMessageContaining("cmd-1");
        assertThatThrownBy(() -> unreachable.record(
                LedgerTables.result(TargetSystem.RINGCENTRAL, "cmd-2", Outcome.APPLIED), Instant.now()))
                .isInstanceOf(CommandLedger.LedgerException.class).hasMessageContaining("cmd-2");
    }
}
