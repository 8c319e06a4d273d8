package dev.switchboard.writers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The writers' ledger settings, under {@code switchboard.ledger}. */
@ConfigMapping(prefix = "switchboard.ledger")
public interface LedgerConfig {

    /**
     * How long an executed command id is remembered; longer than the commands topic keeps records, so that any
     * redelivery or replay still finds it (env SWITCHBOARD_LEDGER_RETENTION).
     */
    @WithDefault("30d")
    Duration retention();

    /** How often ledger rows older than the retention are purged (env SWITCHBOARD_LEDGER_PURGE_EVERY). */
    @WithDefault("1h")
    Duration purgeEvery();
}
