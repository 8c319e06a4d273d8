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
 * same service user), the difference is booked as if spent now. Two blocks stop a group entirely:
 * <ul>
 *   <li><b>Penalty</b> ({@link #penalize}): a 429 said "Retry-After". The group waits exactly that long: the server's
 *   own word beats everything we inferred from Remaining, so it neither stretches to a window nor gets shortened by
 *   a later response.</li>
 *   <li><b>Exhausted</b> ({@link #observe} with Remaining 0): the headers carry no reset time and RingCentral's window
 *   slides, so all we know is that the window ending at the response is full and that every request in it has aged
 *   out one Window later. We assume no slot frees earlier and block until then, never longer than Window. A later
 *   response of the group with Remaining above 0 shows slots freed sooner and lifts the block.</li>
 * </ul>
 * Pure Java; time comes from the given {@link InstantSource}.
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
        if (now < budget.penaltyUntil) {
            return Duration.ofMillis(budget.penaltyUntil - now);
        }
        if (now < budget.exhaustedUntil) {
            return Duration.ofMillis(budget.exhaustedUntil - now);
        }
        budget.evict(now);
        if (budget.spent() >= budget.limit) {
            return Duration.ofMillis(Math.max(1, budget.oldest() + budget.windowMillis - now));
        }
        budget.admitted.addLast(now);
        return Duration.ZERO;
    }

    /**
     * Takes in what a response said about the group's budget; absent headers leave the current values. During a
     * penalty Remaining is not taken in: the 429's Retry-After already says when the group may send again.
     */
    public synchronized void observe(RateLimitGroup group, OptionalInt limit, OptionalInt remaining, OptionalInt windowSeconds) {
        long now = clock.millis();
        Budget budget = budgets.get(group);
        limit.ifPresent(l -> budget.limit = Math.max(1, l));
        windowSeconds.ifPresent(w -> budget.windowMillis = Math.max(1, w) * 1000L);
        if (remaining.isEmpty() || now < budget.penaltyUntil) {
            return;
        }
        budget.evict(now);
        if (remaining.getAsInt() <= 0) {
            // replaces an earlier block: this is the newest word, and it is never more than one Window away
            budget.exhaustedUntil = saturatedAdd(now, budget.windowMillis);
            return;
        }
        budget.exhaustedUntil = 0;
        // pessimistic: what the server counted beyond our own log is booked as spent now; a later, higher Remaining
        // does not take it back (that answer may predate requests of ours still in flight)
        int spentByServer = budget.limit - remaining.getAsInt();
        for (int i = budget.spent(); i < spentByServer; i++) {
            budget.booked.addLast(now);
        }
    }

    /**
     * A 429 arrived: send nothing of the group for exactly {@code retryAfter}. It replaces a Remaining-0 block and
     * what was booked for other clients (the server's Retry-After is its own account of them); our own admitted
     * requests stay in the log, so we alone never exceed the limit in a window. Of two penalties the later end holds:
     * a request sent during a penalty would restart it.
     */
    public synchronized void penalize(RateLimitGroup group, Duration retryAfter) {
        Budget budget = budgets.get(group);
        long now = clock.millis();
        long until = saturatedAdd(now, millis(retryAfter));
        budget.penaltyUntil = now < budget.penaltyUntil ? Math.max(budget.penaltyUntil, until) : until;
        budget.exhaustedUntil = 0;
        budget.booked.clear();
    }

    /** The limit currently applied to {@code group}. */
    public synchronized int limit(RateLimitGroup group) {
        return budgets.get(group).limit;
    }

    /** A Retry-After too long for a long of millis is as good as forever; a negative one is no wait. */
    private static long millis(Duration duration) {
        if (duration.isNegative()) {
            return 0;
        }
        try {
            return duration.toMillis();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static final class Budget {
        /** When we admitted each of our own requests in the current window. */
        final Deque<Long> admitted = new ArrayDeque<>();
        /** Requests the server counted beyond ours, dated when we learned of them. */
        final Deque<Long> booked = new ArrayDeque<>();
        int limit;
        long windowMillis;
        /** End of the penalty a 429 imposed (epoch millis; 0 for none). */
        long penaltyUntil;
        /** End of the block a Remaining of 0 imposed (epoch millis; 0 for none). */
        long exhaustedUntil;

        Budget(int limit, long windowMillis) {
            this.limit = limit;
            this.windowMillis = windowMillis;
        }

        int spent() {
            return admitted.size() + booked.size();
        }

        /** The oldest entry of a non-empty log. */
        long oldest() {
            if (admitted.isEmpty()) {
                return booked.peekFirst();
            }
            return booked.isEmpty() ? admitted.peekFirst() : Math.min(admitted.peekFirst(), booked.peekFirst());
        }

        void evict(long now) {
            evict(admitted, now);
            evict(booked, now);
        }

        private void evict(Deque<Long> log, long now) {
            while (!log.isEmpty() && log.peekFirst() <= now - windowMillis) {
                log.removeFirst();
            }
        }
    }
}
