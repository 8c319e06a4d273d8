package dev.switchboard.writers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.ProvisioningResult.TargetSystem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The purge forgets by the configured retention, measured from its clock. */
class LedgerPurgeTest {

    @Test
    void rowsOlderThanTheRetentionGoAndYoungerOnesStay() {
        // a clock in the past, so the rows other tests write (executed lately) are younger than its cutoff
        Instant now = Instant.parse("2001-06-01T00:00:00Z");
        CommandLedger ledger = new CommandLedger(LedgerTables.dataSource(), LedgerTables.OKTA, TargetSystem.OKTA);
        String old = LedgerTables.uniqueId("cmd-");
        String young = LedgerTables.uniqueId("cmd-");
        ledger.record(LedgerTables.result(TargetSystem.OKTA, old, Outcome.APPLIED), now.minus(Duration.ofDays(8)));
        ledger.record(LedgerTables.result(TargetSystem.OKTA, young, Outcome.APPLIED), now.minus(Duration.ofDays(6)));
        LedgerPurge purge = new LedgerPurge(ledger, Duration.ofDays(7), Clock.fixed(now, ZoneOffset.UTC));

        int purged = purge.run();

        assertThat(ledger.find(old)).isEmpty();
        assertThat(ledger.find(young)).isPresent();
        assertThat(purged).isEqualTo(1);
        assertThat(purge.run()).as("nothing left past the retention").isZero();
    }
}
