package dev.switchboard.sandbox.domain.ringcentral;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What the sandbox did with each notification: for tests and benchmarks (freshness = delivered − change).
 * Keeps the most recent {@value #CAPACITY} entries, so a notified seeding of 100,000 users cannot exhaust memory.
 */
public final class NotificationLog {

    public static final int CAPACITY = 20_000;

    /** PENDING (queued), DELIVERED (200), FAILED (anything else), DROPPED (drop switched on), SKIPPED (subscription
     *  blacklisted, expired or deleted before it was sent). */
    public enum Outcome { PENDING, DELIVERED, FAILED, DROPPED, SKIPPED }

    /** One notification; attempt fields change under its own lock. */
    public static final class Entry {
        private final String subscriptionId;
        private final String uuid;
        private final String address;
        private final List<Long> extensionIds;
        private final List<String> eventTypes;
        private final NotificationShape shape;
        private final Instant created;
        private Instant firstAttemptAt;
        private Instant finished;
        private int attempts;
        private Integer lastStatus;
        private String lastError;
        private Outcome outcome = Outcome.PENDING;

        Entry(String subscriptionId, String uuid, String address, List<Long> extensionIds, List<String> eventTypes,
              NotificationShape shape, Instant created) {
            this.subscriptionId = subscriptionId;
            this.uuid = uuid;
            this.address = address;
            this.extensionIds = List.copyOf(extensionIds);
            this.eventTypes = List.copyOf(eventTypes);
            this.shape = shape;
            this.created = created;
        }

        public synchronized void attempted(Instant at, Integer status, String error) {
            if (firstAttemptAt == null) {
                firstAttemptAt = at;
            }
            attempts++;
            lastStatus = status;
            lastError = error;
        }

        public synchronized void finish(Outcome result, Instant at) {
            outcome = result;
            finished = at;
        }

        public String subscriptionId() { return subscriptionId; }
        public String uuid() { return uuid; }
        public String address() { return address; }
        public List<Long> extensionIds() { return extensionIds; }
        public List<String> eventTypes() { return eventTypes; }
        public NotificationShape shape() { return shape; }
        public Instant created() { return created; }
        public synchronized Instant firstAttemptAt() { return firstAttemptAt; }
        public synchronized Instant finished() { return finished; }
        public synchronized int attempts() { return attempts; }
        public synchronized Integer lastStatus() { return lastStatus; }
        public synchronized String lastError() { return lastError; }
        public synchronized Outcome outcome() { return outcome; }
    }

    private final Clock clock;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public NotificationLog(Clock clock) {
        this.clock = clock;
    }

    public synchronized Entry record(String subscriptionId, ExtensionNotifications.Notification n, String address) {
        Entry entry = new Entry(subscriptionId, n.uuid(), address, n.extensionIds(), n.eventTypes(), n.shape(),
                clock.instant());
        entries.addLast(entry);
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
        return entry;
    }

    public synchronized List<Entry> all() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
