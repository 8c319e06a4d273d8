package dev.switchboard.reconciler.persistence;

import dev.switchboard.reconciler.breaker.BreakerService;
import dev.switchboard.reconciler.config.ReconcilerConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Forgets what no longer matters: Okta hook events past the retention, breaker window entries past the window. */
@ApplicationScoped
public class Purger {

    private static final Logger LOG = Logger.getLogger(Purger.class);

    private final SeenHookEvents seenHookEvents;
    private final BreakerService breaker;
    private final ReconcilerConfig config;
    private final Clock clock;

    public Purger(SeenHookEvents seenHookEvents, BreakerService breaker, ReconcilerConfig config, Clock clock) {
        this.seenHookEvents = seenHookEvents;
        this.breaker = breaker;
        this.config = config;
        this.clock = clock;
    }

    // every replica may run it: the deletes are idempotent
    @Scheduled(every = "${switchboard.dedupe.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge().replaceWithVoid();
    }

    /** Deletes expired rows; returns how many hook events went. */
    public Uni<Integer> purge() {
        Instant cutoff = clock.instant().minus(config.dedupe().retention());
        return Panache.withTransaction(() -> seenHookEvents.purgeBefore(cutoff)
                .call(breaker::purgeWindow))
                .invoke(count -> LOG.debugf("purged %d hook events seen before %s", count, cutoff));
    }
}
