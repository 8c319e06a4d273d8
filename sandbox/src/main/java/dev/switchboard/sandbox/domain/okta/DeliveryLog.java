package dev.switchboard.sandbox.domain.okta;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the sandbox sent to event hooks, so tests can see it. Thread-safe. */
public final class DeliveryLog {

    /** One delivery (one POST, possibly retried once). */
    public static final class Delivery {
        private final String hookId;
        private final String eventId;
        private final String uri;
        private final List<String> eventTypes;
        private final List<String> eventUuids;
        private final Instant created;
        private int attempts;
        private Integer lastStatus;
        private String lastError;
        private String outcome = "PENDING";
        private Instant finished;

        Delivery(String hookId, String eventId, String uri, List<String> eventTypes, List<String> eventUuids,
                 Instant created) {
            this.hookId = hookId;
            this.eventId = eventId;
            this.uri = uri;
            this.eventTypes = List.copyOf(eventTypes);
            this.eventUuids = List.copyOf(eventUuids);
            this.created = created;
        }

        public String hookId() { return hookId; }

        public String eventId() { return eventId; }

        public String uri() { return uri; }

        public List<String> eventTypes() { return eventTypes; }

        public List<String> eventUuids() { return eventUuids; }

        public Instant created() { return created; }

        public synchronized int attempts() { return attempts; }

        /** HTTP status of the last attempt, null when it got no response (timeout, refused). */
        public synchronized Integer lastStatus() { return lastStatus; }

        public synchronized String lastError() { return lastError; }

        /** PENDING, DELIVERED or FAILED. */
        public synchronized String outcome() { return outcome; }

        public synchronized Instant finished() { return finished; }

        public synchronized void attempted(Integer status, String error) {
            attempts++;
            lastStatus = status;
            lastError = error;
        }

        public synchronized void finish(boolean delivered, Instant at) {
            outcome = delivered ? "DELIVERED" : "FAILED";
            finished = at;
        }
    }

    private final Clock clock;
    private final List<Delivery> deliveries = new ArrayList<>();

    public DeliveryLog(Clock clock) {
        this.clock = clock;
    }

    public synchronized Delivery record(String hookId, String eventId, String uri, List<LogEvent> events) {
        Delivery d = new Delivery(hookId, eventId, uri, events.stream().map(LogEvent::eventType).toList(),
                events.stream().map(LogEvent::uuid).toList(), clock.instant());
        deliveries.add(d);
        return d;
    }

    public synchronized List<Delivery> all() {
        return List.copyOf(deliveries);
    }

    public synchronized void clear() {
        deliveries.clear();
    }
}
