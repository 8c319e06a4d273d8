package dev.switchboard.sandbox.client;

import dev.switchboard.sandbox.domain.okta.DeliveryLog;
import dev.switchboard.sandbox.domain.okta.DeliveryPolicy;
import dev.switchboard.sandbox.domain.okta.DeliverySettings;
import dev.switchboard.sandbox.domain.okta.EventBatcher;
import dev.switchboard.sandbox.domain.okta.EventHook;
import dev.switchboard.sandbox.domain.okta.EventHookRegistry;
import dev.switchboard.sandbox.domain.okta.LogEvent;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import dev.switchboard.sandbox.domain.okta.OktaDeliveryPolicy;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Delivers System Log events to every ACTIVE + VERIFIED hook subscribed to them, asynchronously, in Okta's
 * envelope: 3 s timeout, one retry on 5xx or no response, none on 4xx. Events are collected per hook for the
 * batch window; the {@link OktaDeliveryPolicy} cuts batches, shuffles and picks duplicates. Without shuffling
 * one worker keeps the order; with it, several workers deliver concurrently, so deliveries overtake each other.
 */
@ApplicationScoped
public class HookDispatcher {

    /** Delay before a duplicate is sent again, after the original delivery finished. */
    private static final long DUPLICATE_DELAY_MS = 100;
    private static final int CONCURRENT_WORKERS = 4;

    private final EventHookRegistry hooks;
    private final DeliveryLog log;
    private final OktaDeliveryPolicy policy;
    private final EventBatcher batcher = new EventBatcher();
    private final HookCaller caller;
    private final Clock clock;
    private final ExecutorService ordered = Executors.newSingleThreadExecutor(named("okta-hook-delivery"));
    private final ExecutorService concurrent = Executors.newFixedThreadPool(CONCURRENT_WORKERS,
            named("okta-hook-delivery-concurrent"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(named("okta-hook-timer"));

    @Inject
    public HookDispatcher(EventHookRegistry hooks, DeliveryLog log, OktaDeliveryPolicy policy, HookCaller caller,
                          Clock clock) {
        this.hooks = hooks;
        this.log = log;
        this.policy = policy;
        this.caller = caller;
        this.clock = clock;
    }

    /** Queues deliveries of {@code events} to the hooks that want them; returns at once. */
    public void publish(List<LogEvent> events) {
        DeliverySettings settings = policy.settings();
        for (EventHook hook : hooks.deliverable()) {
            List<LogEvent> wanted = events.stream().filter(e -> hook.subscribes(e.eventType())).toList();
            if (wanted.isEmpty()) {
                continue;
            }
            List<EventBatcher.Ready> ready = batcher.add(hook.id(), wanted, clock.instant(), settings.batchWindow(),
                    settings.batchMax());
            ready.forEach(r -> send(hook, r.events()));
            if (!settings.batchWindow().isZero()) {
                timer.schedule(this::flushDue, settings.batchWindow().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Sends what is still collected, e.g. after the window was switched off at runtime. */
    public void flushAll() {
        batcher.drain().forEach(r -> hook(r.hookId()).ifPresent(h -> send(h, r.events())));
    }

    /** Forgets collected events (reset). */
    public void clear() {
        batcher.clear();
    }

    private void flushDue() {
        for (EventBatcher.Ready r : batcher.due(clock.instant(), policy.settings().batchWindow())) {
            hook(r.hookId()).ifPresent(h -> send(h, r.events()));
        }
    }

    private Optional<EventHook> hook(String id) {
        // A hook deactivated or deleted while events were collected gets nothing, as in Okta.
        return hooks.deliverable().stream().filter(h -> h.id().equals(id)).findFirst();
    }

    private void send(EventHook hook, List<LogEvent> batch) {
        DeliverySettings settings = policy.settings();
        ExecutorService worker = settings.shuffle() ? concurrent : ordered;
        for (DeliveryPolicy.Planned planned : policy.plan(batch)) {
            DeliveryLog.Delivery delivery = log.record(hook.id(), UUID.randomUUID().toString(), hook.uri(),
                    planned.events());
            if (settings.drop()) {
                delivery.dropped(clock.instant());
                continue;
            }
            Map<String, Object> envelope = envelope(hook, delivery.eventId(), planned.events());
            worker.submit(() -> {
                deliver(hook, delivery, envelope);
                if (planned.duplicate()) {
                    timer.schedule(() -> worker.submit(() -> duplicate(hook, delivery, envelope)),
                            DUPLICATE_DELAY_MS, TimeUnit.MILLISECONDS);
                }
            });
        }
    }

    private Map<String, Object> envelope(EventHook hook, String eventId, List<LogEvent> events) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventType", "com.okta.event_hook");
        envelope.put("eventTypeVersion", "1.0");
        envelope.put("cloudEventsVersion", "0.1");
        envelope.put("source", hook.source());
        envelope.put("eventId", eventId);
        envelope.put("eventTime", LogEventFactory.format(clock.instant()));
        envelope.put("contentType", "application/json");
        envelope.put("data", Map.of("events", events.stream().map(LogEvent::body).toList()));
        return envelope;
    }

    private void deliver(EventHook hook, DeliveryLog.Delivery delivery, Map<String, Object> envelope) {
        delivery.starting(clock.instant());
        boolean delivered = false;
        for (int attempt = 0; attempt < 2 && !delivered; attempt++) {
            HookCaller.Attempt result = caller.deliver(hook, envelope);
            delivery.attempted(result.status(), result.error());
            delivered = result.status() != null && result.status() >= 200 && result.status() < 300;
            if (!delivered && !result.retryable()) {
                break;
            }
        }
        delivery.finish(delivered, clock.instant());
        if (!delivered) {
            Log.warnf("event hook %s: delivery %s of %s failed (status %s, %s)", hook.id(), delivery.eventId(),
                    delivery.eventTypes(), delivery.lastStatus(), delivery.lastError());
        }
    }

    /** The unasked second copy of a delivery (same eventId): at-least-once, not retried. */
    private void duplicate(EventHook hook, DeliveryLog.Delivery delivery, Map<String, Object> envelope) {
        HookCaller.Attempt result = caller.deliver(hook, envelope);
        delivery.duplicated(result.status(), result.error());
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        ordered.shutdownNow();
        concurrent.shutdownNow();
    }
}
