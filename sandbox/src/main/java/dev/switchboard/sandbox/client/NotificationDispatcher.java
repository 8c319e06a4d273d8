package dev.switchboard.sandbox.client;

import dev.switchboard.sandbox.config.SandboxConfig;
import dev.switchboard.sandbox.domain.ringcentral.ExtensionChange;
import dev.switchboard.sandbox.domain.ringcentral.ExtensionNotifications;
import dev.switchboard.sandbox.domain.ringcentral.NotificationLog;
import dev.switchboard.sandbox.domain.ringcentral.NotificationShape;
import dev.switchboard.sandbox.domain.ringcentral.RingCentralAccount;
import dev.switchboard.sandbox.domain.ringcentral.Subscriptions;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Turns every extension change of the account (API writes, including our own writer's, control-API edits,
 * deletes, notified seeding) into notifications for each Active subscription whose filters match, and delivers
 * them on its own worker, in order: one POST each, 3 s timeout, no retry. Each failure (non-200, timeout, no
 * connection) counts against the subscription; {@code blacklist-after} in a row blacklist it, and from then on
 * nothing is sent to it (queued notifications are SKIPPED).
 */
@ApplicationScoped
public class NotificationDispatcher {

    private final RingCentralAccount account;
    private final Subscriptions subscriptions;
    private final NotificationLog log;
    private final WebhookCaller caller;
    private final Clock clock;
    private final SandboxConfig config;
    private final ExtensionNotifications builder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rc-notification-delivery");
        t.setDaemon(true);
        return t;
    });
    private volatile NotificationShape shape;
    private volatile boolean drop;

    @Inject
    public NotificationDispatcher(RingCentralAccount account, Subscriptions subscriptions, NotificationLog log,
                                  WebhookCaller caller, Clock clock, SandboxConfig config) {
        this.account = account;
        this.subscriptions = subscriptions;
        this.log = log;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
        this.builder = new ExtensionNotifications(config.ringcentral().accountId(),
                config.ringcentral().ownerExtensionId(), () -> UUID.randomUUID().toString());
        reset();
    }

    void listen(@Observes StartupEvent start) {
        account.listener(this::publish);
    }

    /** Settings back to configuration. */
    public void reset() {
        shape = NotificationShape.fromWire(config.ringcentral().notificationShape());
        drop = false;
    }

    public NotificationShape shape() {
        return shape;
    }

    public boolean drop() {
        return drop;
    }

    /** Changes delivery at runtime; null keeps the value. */
    public void update(Boolean newDrop, NotificationShape newShape) {
        if (newDrop != null) {
            drop = newDrop;
        }
        if (newShape != null) {
            shape = newShape;
        }
    }

    /** Queues the notifications for {@code changes}; returns at once (called under the account's lock). */
    public void publish(List<ExtensionChange> changes) {
        NotificationShape current = shape;
        for (Subscriptions.Subscription subscription : subscriptions.active()) {
            for (ExtensionNotifications.Notification n : builder.build(subscription, changes, current, clock.instant())) {
                NotificationLog.Entry entry = log.record(subscription.id(), n, subscription.address());
                if (drop) {
                    entry.finish(NotificationLog.Outcome.DROPPED, clock.instant());
                    continue;
                }
                worker.submit(() -> deliver(subscription, n, entry));
            }
        }
    }

    private void deliver(Subscriptions.Subscription subscription, ExtensionNotifications.Notification n,
                         NotificationLog.Entry entry) {
        if (!subscriptions.isActive(subscription.id())) {
            entry.finish(NotificationLog.Outcome.SKIPPED, clock.instant());
            return;
        }
        WebhookCaller.Attempt attempt;
        try {
            attempt = caller.notify(subscription.address(), subscription.verificationToken(), n.envelope());
        } catch (RuntimeException e) {
            attempt = new WebhookCaller.Attempt(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        entry.attempted(clock.instant(), attempt.status(), attempt.error());
        entry.finish(attempt.ok() ? NotificationLog.Outcome.DELIVERED : NotificationLog.Outcome.FAILED, clock.instant());
        var after = subscriptions.delivered(subscription.id(), attempt.ok(), attempt.failureReason());
        if (!attempt.ok()) {
            Log.warnf("subscription %s: notification %s failed (%s)", subscription.id(), n.uuid(),
                    attempt.failureReason());
            after.filter(s -> s.status() == Subscriptions.Status.Blacklisted && s.blacklistedAt() != null
                            && s.consecutiveFailures() == subscriptions.blacklistAfter())
                    .ifPresent(s -> Log.warnf("subscription %s Blacklisted after %d failures in a row", s.id(),
                            s.consecutiveFailures()));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
