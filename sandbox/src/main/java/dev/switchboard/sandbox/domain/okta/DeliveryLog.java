package dev.switchboard.sandbox.domain.okta;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the sandbox sent to event hooks, so tests can see it. Thread-safe. */
public final class DeliveryLog {

    /** One delivery (one POST, possibly retried once, possibly sent again as a duplicate with the same eventId). */
    public static final class Delivery {
        private final String hookId;
        private final String eventId;
        private final String uri;
        private final List<String> eventTypes;
        private final List<String> eventUuids;
        private final List<String> userIds;
        private final Instant created;
        private Instant firstAttemptAt;
        private int attempts;
        private int duplicates;
        private Integer lastStatus;
        private String lastError;
        private String outcome = "PENDING";
        private Instant finished;

        Delivery(String hookId, String eventId, String uri, List<String> eventTypes, List<String> eventUuids,
                 List<String> userIds, Instant created) {
            this.hookId = hookId;
            this.eventId = eventId;
            this.uri = uri;
            this.eventTypes = List.copyOf(eventTypes);
            this.eventUuids = List.copyOf(eventUuids);
            this.userIds = List.copyOf(userIds);
            this.created = created;
        }

        public String hookId() { return hookId; }

        public String eventId() { return eventId; }

        public String uri() { return uri; }

        public List<String> eventTypes() { return eventTypes; }

        public List<String> eventUuids() { return eventUuids; }

        /** Ids of the User targets of the delivered events (what benchmarks match against). */
        public List<String> userIds() { return userIds; }

        public Instant created() { return created; }

        /** When the first POST of this delivery started; null while queued or when dropped. */
        public synchronized Instant firstAttemptAt() { return firstAttemptAt; }

        /** POSTs of the delivery itself (1, or 2 after a retry); duplicates are counted apart. */
        public synchronized int attempts() { return attempts; }

        /** How many times the delivery was sent again, unasked, with the same eventId. */
        public synchronized int duplicates() { return duplicates; }

        /** HTTP status of the last attempt, null when it got no response (timeout, refused). */
        public synchronized Integer lastStatus() { return lastStatus; }

        public synchronized String lastError() { return lastError; }

        /** PENDING, DELIVERED, FAILED or DROPPED (not sent: deliveries switched off). */
        public synchronized String outcome() { return outcome; }

        public synchronized Instant finished() { return finished; }

        public synchronized void starting(Instant at) {
            if (firstAttemptAt == null) {
                firstAttemptAt = at;
            }
        }

        public synchronized void attempted(Integer status, String error) {
            attempts++;
            lastStatus = status;
            lastError = error;
        }

        public synchronized void finish(boolean delivered, Instant at) {
            outcome = delivered ? "DELIVERED" : "FAILED";
            finished = at;
        }

        public synchronized void duplicated(Integer status, String error) {
            duplicates++;
            lastStatus = status;
            lastError = error;
        }

        public synchronized void dropped(Instant at) {
            outcome = "DROPPED";
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
                events.stream().map(LogEvent::uuid).toList(),
                events.stream().flatMap(e -> e.targetIds("User").stream()).distinct().toList(), clock.instant());
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
