package dev.switchboard.clients.ringcentral;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Client-side budget per {@link RateLimitGroup}, so that callers wait for budget instead of running into 429 (and
 * RingCentral's penalty, which every further request in the group restarts).
 *
 * <p>Each group keeps a sliding-window log of the requests it admitted. The server's X-Rate-Limit-* headers adjust
 * the limit and window and, when the server counts more requests than we did (other instances, other clients of the
 * same service user), the difference is booked as if spent now. Remaining 0 or a 429 block the group for the window or
 * the Retry-After time. Pure Java; time comes from the given {@link InstantSource}.
 */
public final class RateLimiter {

    private final InstantSource clock;
    private final Map<RateLimitGroup, Budget> budgets = new EnumMap<>(RateLimitGroup.class);

    public RateLimiter(InstantSource clock) {
        this.clock = clock;
        for (RateLimitGroup group : RateLimitGroup.values()) {
            budgets.put(group, new Budget(group.defaultLimit(), RateLimitGroup.DEFAULT_WINDOW.toMillis()));
        }
    }

    /**
     * Admits one request of {@code group} and returns {@link Duration#ZERO}, or admits nothing and returns how long
     * to wait before asking again.
     */
    public synchronized Duration tryAcquire(RateLimitGroup group) {
        long now = clock.millis();
        Budget budget = budgets.get(group);
        if (now < budget.blockedUntil) {
            return Duration.ofMillis(budget.blockedUntil - now);
        }
        budget.evict(now);
        if (budget.admitted.size() >= budget.limit) {
            return Duration.ofMillis(Math.max(1, budget.admitted.peekFirst() + budget.windowMillis - now));
        }
        budget.admitted.addLast(now);
        return Duration.ZERO;
    }

    /** Takes in what a response said about the group's budget; absent headers leave the current values. */
    public synchronized void observe(RateLimitGroup group, OptionalInt limit, OptionalInt remaining, OptionalInt windowSeconds) {
        long now = clock.millis();
        Budget budget = budgets.get(group);
        limit.ifPresent(l -> budget.limit = Math.max(1, l));
        windowSeconds.ifPresent(w -> budget.windowMillis = Math.max(1, w) * 1000L);
        if (remaining.isEmpty()) {
            return;
        }
        budget.evict(now);
        int spentByServer = budget.limit - remaining.getAsInt();
        for (int i = budget.admitted.size(); i < spentByServer; i++) {
            budget.admitted.addLast(now);
        }
        if (remaining.getAsInt() <= 0) {
            // RingCentral's rule for a single consumer: at Remaining 0 wait a whole window
            budget.blockedUntil = Math.max(budget.blockedUntil, now + budget.windowMillis);
        }
    }

    /** A 429 arrived: send nothing of the group until {@code retryAfter} has passed. */
    public synchronized void penalize(RateLimitGroup group, Duration retryAfter) {
        Budget budget = budgets.get(group);
        budget.blockedUntil = Math.max(budget.blockedUntil, clock.millis() + retryAfter.toMillis());
    }

    /** The limit currently applied to {@code group}. */
    public synchronized int limit(RateLimitGroup group) {
        return budgets.get(group).limit;
    }

    private static final class Budget {
        final Deque<Long> admitted = new ArrayDeque<>();
        int limit;
        long windowMillis;
        long blockedUntil;

        Budget(int limit, long windowMillis) {
            this.limit = limit;
            this.windowMillis = windowMillis;
        }

        void evict(long now) {
            while (!admitted.isEmpty() && admitted.peekFirst() <= now - windowMillis) {
                admitted.removeFirst();
            }
        }
    }
}
