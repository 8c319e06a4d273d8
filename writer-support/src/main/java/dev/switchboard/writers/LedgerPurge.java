package dev.switchboard.writers;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Keeps the writer's {@link CommandLedger} bean to its retention, every {@code switchboard.ledger.purge-every}.
 * Several instances may purge at once; the DELETE is idempotent.
 */
@ApplicationScoped
public class LedgerPurge {

    private static final Logger LOG = Logger.getLogger(LedgerPurge.class);

    private final CommandLedger ledger;
    private final Duration retention;
    private final Clock clock;

    @Inject
    LedgerPurge(CommandLedger ledger, LedgerConfig config) {
        this(ledger, config.retention(), Clock.systemUTC());
    }

    LedgerPurge(CommandLedger ledger, Duration retention, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = clock;
    }

    @Scheduled(every = "${switchboard.ledger.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        run();
    }

    /** Forgets the commands executed longer ago than the retention; returns how many. */
    public int run() {
        Instant cutoff = clock.instant().minus(retention);
        int purged = ledger.purgeExecutedBefore(cutoff);
        if (purged > 0) {
            LOG.infof("purged %d ledger rows executed before %s", purged, cutoff);
        }
        return purged;
    }
}
