package dev.switchboard.oktawriter.persistence;

import dev.switchboard.contracts.ProvisioningResult.TargetSystem;
import dev.switchboard.writers.CommandLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** okta-writer's ledger of executed commands: table {@code oktawriter.command_ledger}, made by db/migration. */
@ApplicationScoped
public class WriterLedger {

    @Produces
    @Singleton
    CommandLedger ledger(DataSource dataSource) {
        return new CommandLedger(dataSource, "oktawriter.command_ledger", TargetSystem.OKTA);
    }
}
