package dev.switchboard.sandbox.client;

import dev.switchboard.sandbox.domain.okta.DeliveryLog;
import dev.switchboard.sandbox.domain.okta.DeliveryPolicy;
import dev.switchboard.sandbox.domain.okta.EventHook;
import dev.switchboard.sandbox.domain.okta.EventHookRegistry;
import dev.switchboard.sandbox.domain.okta.LogEvent;
import dev.switchboard.sandbox.domain.okta.LogEventFactory;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Delivers System Log events to every ACTIVE + VERIFIED hook subscribed to them, asynchronously, in Okta's
 * envelope: 3 s timeout, one retry on 5xx or no response, none on 4xx. One worker thread keeps the plain
 * policy's order; the {@link DeliveryPolicy} decides batching.
 */
@ApplicationScoped
public class HookDispatcher {

    private final EventHookRegistry hooks;
    private final DeliveryLog log;
    private final DeliveryPolicy policy;
    private final HookCaller caller;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "okta-hook-delivery");
        t.setDaemon(true);
        return t;
    });

    @Inject
    public HookDispatcher(EventHookRegistry hooks, DeliveryLog log, DeliveryPolicy policy, HookCaller caller,
                          Clock clock) {
        this.hooks = hooks;
        this.log = log;
        this.policy = policy;
        this.caller = caller;
        this.clock = clock;
    }

    /** Queues deliveries of {@code events} to the hooks that want them; returns at once. */
    public void publish(List<LogEvent> events) {
        for (EventHook hook : hooks.deliverable()) {
            List<LogEvent> wanted = events.stream().filter(e -> hook.subscribes(e.eventType())).toList();
            if (wanted.isEmpty()) {
                continue;
            }
            for (List<LogEvent> batch : policy.plan(wanted)) {
                String eventId = UUID.randomUUID().toString();
                DeliveryLog.Delivery delivery = log.record(hook.id(), eventId, hook.uri(), batch);
                worker.submit(() -> deliver(hook, delivery, batch));
            }
        }
    }

    private void deliver(EventHook hook, DeliveryLog.Delivery delivery, List<LogEvent> batch) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventType", "com.okta.event_hook");
        envelope.put("eventTypeVersion", "1.0");
        envelope.put("cloudEventsVersion", "0.1");
        envelope.put("source", hook.source());
        envelope.put("eventId", delivery.eventId());
        envelope.put("eventTime", LogEventFactory.format(clock.instant()));
        envelope.put("contentType", "application/json");
        envelope.put("data", Map.of("events", batch.stream().map(LogEvent::body).toList()));
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

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
