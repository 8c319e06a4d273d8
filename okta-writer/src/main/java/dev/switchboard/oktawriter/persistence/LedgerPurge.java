package dev.switchboard.oktawriter.persistence;

import dev.switchboard.oktawriter.config.WriterConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Keeps the ledger to its retention. Several instances may purge at once; the DELETE is idempotent. */
@ApplicationScoped
public class LedgerPurge {

    private static final Logger LOG = Logger.getLogger(LedgerPurge.class);

    private final CommandLedger ledger;
    private final WriterConfig config;

    @Inject
    LedgerPurge(CommandLedger ledger, WriterConfig config) {
        this.ledger = ledger;
        this.config = config;
    }

    @Scheduled(every = "${switchboard.ledger.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant cutoff = Instant.now().minus(config.ledger().retention());
        int purged = ledger.purgeExecutedBefore(cutoff);
        if (purged > 0) {
            LOG.infof("purged %d ledger rows executed before %s", purged, cutoff);
        }
    }
}
