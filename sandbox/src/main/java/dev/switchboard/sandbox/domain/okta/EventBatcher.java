package dev.switchboard.sandbox.domain.okta;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the events due to each hook so that events occurring close together go out in one delivery: a
 * batch opens with its first event and is ready when it is {@code window} old or holds {@code max} events.
 * Pure: the caller passes the time and asks for due batches.
 */
public final class EventBatcher {

    /** Events ready to be delivered to hook {@code hookId}. */
    public record Ready(String hookId, List<LogEvent> events) {
        public Ready {
            events = List.copyOf(events);
        }
    }

    private record Pending(Instant opened, List<LogEvent> events) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();

    /** Adds events for a hook; returns the batches that are full (or everything, with a zero window). */
    public synchronized List<Ready> add(String hookId, List<LogEvent> events, Instant now, Duration window, int max) {
        List<Ready> ready = new ArrayList<>();
        for (LogEvent event : events) {
            Pending p = pending.computeIfAbsent(hookId, id -> new Pending(now, new ArrayList<>()));
            p.events().add(event);
            if (p.events().size() >= max) {
                ready.add(new Ready(hookId, p.events()));
                pending.remove(hookId);
            }
        }
        if (window.isZero() && pending.containsKey(hookId)) {
            ready.add(new Ready(hookId, pending.remove(hookId).events()));
        }
        return ready;
    }

    /** Removes and returns the batches whose window has passed at {@code now}. */
    public synchronized List<Ready> due(Instant now, Duration window) {
        List<Ready> ready = new ArrayList<>();
        Iterator<Map.Entry<String, Pending>> it = pending.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Pending> e = it.next();
            if (!now.isBefore(e.getValue().opened().plus(window))) {
                ready.add(new Ready(e.getKey(), e.getValue().events()));
                it.remove();
            }
        }
        return ready;
    }

    /** Removes and returns every open batch (used when the window is switched off). */
    public synchronized List<Ready> drain() {
        List<Ready> ready = new ArrayList<>();
        pending.forEach((hookId, p) -> ready.add(new Ready(hookId, p.events())));
        pending.clear();
        return ready;
    }

    public synchronized void clear() {
        pending.clear();
    }
}
