package dev.switchboard.sandbox.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * RingCentral's rate limiting: a sliding window per (caller, group); once over the limit the caller is in a
 * penalty, and every request of that group during the penalty restarts it (the "429 trap" of the real API).
 */
public final class RateLimiter {

    /** Limits in force; {@code enabled=false} counts nothing and refuses nothing. */
    public record Settings(boolean enabled, Map<RateGroup, Integer> limits, Duration window, Duration penalty) {
        public Settings {
            Objects.requireNonNull(window);
            Objects.requireNonNull(penalty);
            limits = Map.copyOf(limits);
            for (RateGroup group : RateGroup.values()) {
                Integer limit = limits.get(group);
                if (limit == null || limit < 1) {
                    throw new IllegalArgumentException("limit for " + group + " must be at least 1");
                }
            }
        }

        public int limit(RateGroup group) {
            return limits.get(group);
        }

        /** The same settings with some groups' limits and the switch replaced. */
        public Settings with(boolean newEnabled, Map<RateGroup, Integer> newLimits) {
            Map<RateGroup, Integer> merged = new EnumMap<>(limits);
            merged.putAll(newLimits);
            return new Settings(newEnabled, merged, window, penalty);
        }
    }

    /** Outcome of one request, with what goes into the X-Rate-Limit-* headers. */
    public record Decision(RateGroup group, boolean allowed, int limit, int remaining, long windowSeconds,
                           long retryAfterSeconds) {
    }

    private static final class Bucket {
        final Deque<Instant> accepted = new ArrayDeque<>();
        Instant penaltyUntil;
    }

    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private Settings settings;

    public RateLimiter(Clock clock, Settings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** Counts one request of {@code caller} in {@code group} and says whether it may pass. */
    public synchronized Decision acquire(String caller, RateGroup group) {
        int limit = settings.limit(group);
        long windowSeconds = settings.window().toSeconds();
        if (!settings.enabled()) {
            return new Decision(group, true, limit, limit, windowSeconds, 0);
        }
        Instant now = clock.instant();
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
        return new Decision(group, true, limit, limit - bucket.accepted.size(), windowSeconds, 0);
    }

    private Decision penalise(Bucket bucket, RateGroup group, int limit, Instant now) {
        bucket.penaltyUntil = now.plus(settings.penalty());
        return new Decision(group, false, limit, 0, settings.window().toSeconds(), settings.penalty().toSeconds());
    }

    public synchronized Settings settings() {
        return settings;
    }

    /** Replaces the limits at runtime (benchmarks switch them off); counters and penalties start afresh. */
    public synchronized void update(Settings newSettings) {
        this.settings = Objects.requireNonNull(newSettings);
        buckets.clear();
    }

    /** Forgets every counter and penalty. */
    public synchronized void reset() {
        buckets.clear();
    }
}
