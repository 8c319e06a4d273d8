package dev.switchboard.oktaingress.messaging;

import dev.switchboard.contracts.OktaHookEvent;
import dev.switchboard.oktaingress.client.OktaCallFailedException;
import dev.switchboard.oktaingress.client.OktaUsers;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.BackstopReport;
import dev.switchboard.oktaingress.domain.HookDelivery;
import dev.switchboard.oktaingress.domain.InvalidDeliveryException;
import dev.switchboard.oktaingress.domain.SnapshotTrigger;
import dev.switchboard.oktaingress.domain.SystemLogQuery;
import dev.switchboard.oktaingress.domain.Triage;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The backstop reconciliation: catches what event hooks missed (Okta drops deliveries past its daily cap, during
 * outages, or while the hook is unverified). One run (1) reads the handled event types from the System Log over
 * 2 × interval + margin and re-reads each event exactly as a hook event ({@link Rereads}), then (2) lists the app's
 * assigned users and publishes a snapshot of each (trigger {@code backstop}). Runs on its schedule — on the one
 * replica whose turn it is ({@link BackstopTurn}) — and on demand, one at a time.
 */
@ApplicationScoped
public class Backstop {

    static final String RUNS = "switchboard.okta.backstop.runs";
    static final String ITEMS = "switchboard.okta.backstop.items";
    private static final int KEPT_REPORTS = 20;
    private static final Logger LOG = Logger.getLogger(Backstop.class);

    @Inject
    Rereads rereads;

    @Inject
    OktaUsers oktaUsers;

    @Inject
    SwitchboardConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    BackstopTurn turn;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "okta-backstop");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> running = new AtomicReference<>();
    private final Map<String, BackstopReport> reports = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, BackstopReport> eldest) {
                    return size() > KEPT_REPORTS;
                }
            });

    @Scheduled(every = "${switchboard.backstop.interval:15m}", delayed = "${switchboard.backstop.first-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!config.backstop().enabled()) {
            return;
        }
        if (!turn.mine()) {
            LOG.debugf("scheduled backstop skipped: %s is another replica's, which runs it", BackstopTurn.TURN);
            return;
        }
        start("schedule").ifPresent(report -> LOG.debugf("scheduled backstop run %s started", report.runId()));
    }

    /**
     * Starts a run in the background unless one is running.
     *
     * @return the new run's first report, or empty when a run is already going on (see {@link #running()})
     */
    public Optional<BackstopReport> start(String trigger) {
        String runId = UUID.randomUUID().toString();
        if (!running.compareAndSet(null, runId)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        BackstopReport report = BackstopReport.started(runId, trigger, now,
                SystemLogQuery.since(now, config.backstop().interval(), config.backstop().margin()));
        reports.put(runId, report);
        try {
            runner.execute(() -> {
                try {
                    run(report);
                } finally {
                    running.set(null);
                }
            });
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
        return Optional.of(report);
    }

    /** The run going on, if any. */
    public Optional<String> running() {
        return Optional.ofNullable(running.get());
    }

    /** A recent run's report (the last {@value #KEPT_REPORTS} are kept). */
    public Optional<BackstopReport> report(String runId) {
        return Optional.ofNullable(reports.get(runId));
    }

    private void run(BackstopReport started) {
        Tally tally = new Tally();
        try {
            systemLog(started.since(), tally);
            appUsers(tally);
        } catch (RuntimeException e) {
            // anything unexpected ends the run, never the scheduler; it is in the report and the log
            tally.error("run failed: " + e);
            LOG.errorf(e, "backstop run %s failed", started.runId());
        }
        BackstopReport finished = started.finished(Instant.now(), tally.logEvents, tally.reread, tally.users,
                tally.snapshots, tally.errors, tally.lastError);
        reports.put(finished.runId(), finished);
        registry.counter(RUNS, "trigger", finished.trigger(), "state", finished.state().name().toLowerCase()).increment();
        registry.counter(ITEMS, "kind", "log-events").increment(finished.logEvents());
        registry.counter(ITEMS, "kind", "users").increment(finished.users());
        registry.counter(ITEMS, "kind", "snapshots").increment(finished.snapshots());
        registry.counter(ITEMS, "kind", "errors").increment(finished.errors());
        LOG.infof("backstop run %s (%s) %s: %d System Log events since %s (%d re-read), %d app users, %d snapshots, "
                        + "%d errors%s", finished.runId(), finished.trigger(), finished.state(), finished.logEvents(),
                finished.since(), finished.logEventsReread(), finished.users(), finished.snapshots(), finished.errors(),
                finished.lastError() == null ? "" : " (last: " + finished.lastError() + ")");
    }

    /** Part 1: every handled event of the window, re-read like a hook event. */
    private void systemLog(Instant since, Tally tally) {
        try {
            oktaUsers.forEachLogEvent(since, SystemLogQuery.filter(Triage.HANDLED_TYPES), node -> {
                tally.logEvents++;
                OktaHookEvent event;
                try {
                    event = HookDelivery.systemLogEvent(node);
                } catch (InvalidDeliveryException e) {
                    tally.error("unreadable System Log event: " + e.getMessage());
                    return;
                }
                // part 2 re-lists the app's users in this same run; once per run is enough
                if (Triage.of(event, config.okta().appId()).action() == Triage.Action.RELIST_APP_USERS) {
                    return;
                }
                try {
                    Rereads.Outcome outcome = rereads.reread(event, null);
                    if (outcome.triage().counts()) {
                        tally.reread++;
                        tally.snapshots += outcome.published();
                    }
                } catch (OktaCallFailedException e) {
                    tally.error(event.eventType() + " " + event.eventUuid() + ": " + e.getMessage());
                }
            });
        } catch (OktaCallFailedException e) {
            tally.error("System Log: " + e.getMessage());
        }
    }

    /** Part 2: every assigned user, as it is now. */
    private void appUsers(Tally tally) {
        try {
            Rereads.AppUsers listed = rereads.appUsers(SnapshotTrigger.BACKSTOP, null);
            tally.users += listed.listed();
            tally.snapshots += listed.published();
            listed.failures().forEach(e -> tally.error(e.getMessage()));
        } catch (OktaCallFailedException e) {
            tally.error("app users: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    private static final class Tally {
        int logEvents;
        int reread;
        int users;
        int snapshots;
        int errors;
        String lastError;

        void error(String message) {
            errors++;
            lastError = message;
        }
    }
}
