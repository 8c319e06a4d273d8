package dev.switchboard.sandbox.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A sliding window per (caller, group); once over the limit the caller is in a penalty, and every request of
 * that group during the penalty restarts it (RingCentral's "429 trap"; Okta's buckets use a zero penalty).
 * {@code G} is the kind of group: RingCentral usage-plan groups or Okta endpoint buckets.
 */
public final class RateLimiter<G> {

    /** Limits in force (one per group); {@code enabled=false} counts nothing and refuses nothing. */
    public record Settings<G>(boolean enabled, Map<G, Integer> limits, Duration window, Duration penalty) {
        public Settings {
            Objects.requireNonNull(window);
            Objects.requireNonNull(penalty);
            limits = Map.copyOf(limits);
            if (limits.isEmpty()) {
                throw new IllegalArgumentException("at least one group needs a limit");
            }
            limits.forEach((group, limit) -> {
                if (limit == null || limit < 1) {
                    throw new IllegalArgumentException("limit for " + group + " must be at least 1");
                }
            });
        }

        public int limit(G group) {
            Integer limit = limits.get(group);
            if (limit == null) {
                throw new IllegalArgumentException("no limit configured for " + group);
            }
            return limit;
        }

        /** The same settings with some groups' limits and the switch replaced. */
        public Settings<G> with(boolean newEnabled, Map<G, Integer> newLimits) {
            Map<G, Integer> merged = new HashMap<>(limits);
            merged.putAll(newLimits);
            return new Settings<>(newEnabled, merged, window, penalty);
        }
    }

    /**
     * Outcome of one request, with what goes into the X-Rate-Limit-* headers. {@code resetAt} is when the
     * caller has room again (the oldest counted request leaves the window, or the penalty ends).
     */
    public record Decision<G>(G group, boolean allowed, int limit, int remaining, long windowSeconds,
                              long retryAfterSeconds, Instant resetAt) {
    }

    private static final class Bucket {
        final Deque<Instant> accepted = new ArrayDeque<>();
        Instant penaltyUntil;
    }

    /** The limit advertised while limits are switched off. */
    public static final int UNLIMITED = 1_000_000;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();
    /** Per group: requests admitted and refused (429) since the last update or reset; benchmarks read them. */
    private final Map<G, long[]> counts = new HashMap<>();
    private Settings<G> settings;

    public RateLimiter(Clock clock, Settings<G> settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** Counts one request of {@code caller} in {@code group} and says whether it may pass. */
    public synchronized Decision<G> acquire(String caller, G group) {
        int limit = settings.limit(group);
        long windowSeconds = settings.window().toSeconds();
        Instant now = clock.instant();
        if (!settings.enabled()) {
            // switched off, the account behaves as one without throttling: clients that pace themselves by the
            // headers (as they should) see a budget they cannot exhaust
            count(group, 0);
            return new Decision<>(group, true, UNLIMITED, UNLIMITED, windowSeconds, 0, now.plus(settings.window()));
        }
        Bucket bucket = buckets.computeIfAbsent(caller + "|" + group, k -> new Bucket());
        if (bucket.penaltyUntil != null && now.isBefore(bucket.penaltyUntil)) {
            return penalise(bucket, group, limit, now);
        }
        bucket.penaltyUntil = null;
        Instant windowStart = now.minus(settings.window());
        while (!bucket.accepted.isEmpty() && !bucket.accepted.peekFirst().isAfter(windowStart)) {
            bucket.accepted.pollFirst();
        }
        if (bucket.accepted.size() >= limit) {
            return penalise(bucket, group, limit, now);
        }
        bucket.accepted.addLast(now);
        count(group, 0);
        return new Decision<>(group, true, limit, limit - bucket.accepted.size(), windowSeconds, 0,
                bucket.accepted.peekFirst().plus(settings.window()));
    }

    private void count(G group, int which) {
        counts.computeIfAbsent(group, g -> new long[2])[which]++;
    }

    /** Requests admitted and refused per group since the last update or reset: {@code [admitted, refused]}. */
    public synchronized Map<G, long[]> counts() {
        Map<G, long[]> copy = new HashMap<>();
        counts.forEach((group, c) -> copy.put(group, c.clone()));
        return copy;
    }

    private Decision<G> penalise(Bucket bucket, G group, int limit, Instant now) {
        count(group, 1);
        bucket.penaltyUntil = now.plus(settings.penalty());
        Instant roomAgain = bucket.accepted.isEmpty() ? now : bucket.accepted.peekFirst().plus(settings.window());
        Instant resetAt = roomAgain.isAfter(bucket.penaltyUntil) ? roomAgain : bucket.penaltyUntil;
        long retryAfter = Math.max(settings.penalty().toSeconds(),
                (Duration.between(now, resetAt).toMillis() + 999) / 1000);
        return new Decision<>(group, false, limit, 0, settings.window().toSeconds(), retryAfter, resetAt);
    }

    public synchronized Settings<G> settings() {
        return settings;
    }

    /** Replaces the limits at runtime (benchmarks switch them off); counters and penalties start afresh. */
    public synchronized void update(Settings<G> newSettings) {
        this.settings = Objects.requireNonNull(newSettings);
        buckets.clear();
        counts.clear();
    }

    /** Forgets every counter and penalty. */
    public synchronized void reset() {
        buckets.clear();
        counts.clear();
    }
}
