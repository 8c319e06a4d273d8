package dev.switchboard.reconciler.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * The mass-deprovisioning breaker's sliding window. Destructive commands (REMOVE, DISABLE, SUSPEND) that passed in
 * the last {@code window} are counted; the next one is held when it would make the count exceed
 * {@code max(minCount, floor(maxShare × linked users))}, and while any held command still waits for an operator
 * (otherwise a burst would leak through as soon as its first held command aged out of the window).
 */
public final class Breaker {

    private final Duration window;
    private final double maxShare;
    private final int minCount;
    private final Clock clock;

    public Breaker(Duration window, double maxShare, int minCount, Clock clock) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (maxShare < 0 || maxShare > 1) {
            throw new IllegalArgumentException("max-share must be within 0..1: " + maxShare);
        }
        if (minCount < 0) {
            throw new IllegalArgumentException("min-count must not be negative: " + minCount);
        }
        this.window = window;
        this.maxShare = maxShare;
        this.minCount = minCount;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Instant now() {
        return clock.instant();
    }

    /** Commands that passed before this instant no longer count. */
    public Instant windowStart() {
        return clock.instant().minus(window);
    }

    /** How many destructive commands may pass within one window. */
    public int threshold(long linkedUsers) {
        return (int) Math.max(minCount, Math.floor(maxShare * linkedUsers));
    }

    /**
     * Whether one more destructive command may pass now.
     *
     * @param passed      when earlier destructive commands passed (older ones are ignored)
     * @param linkedUsers users with a LINKED or SUSPENDED link
     * @param pending     held commands still waiting for an operator
     */
    public Verdict check(Collection<Instant> passed, long linkedUsers, long pending) {
        Instant start = windowStart();
        int inWindow = (int) passed.stream().filter(at -> at.isAfter(start)).count();
        int threshold = threshold(linkedUsers);
        if (pending > 0) {
            return new Verdict(false, inWindow, threshold, pending + " held command(s) wait for an operator");
        }
        if (inWindow + 1 > threshold) {
            return new Verdict(false, inWindow, threshold, "more than " + threshold + " destructive commands within "
                    + window + " (" + inWindow + " passed, " + linkedUsers + " linked users)");
        }
        return new Verdict(true, inWindow, threshold, null);
    }

    /**
     * @param pass      the command may go to RingCentral
     * @param inWindow  destructive commands that passed within the window before this one
     * @param threshold the most that may pass within one window
     * @param reason    why it is held, or {@code null}
     */
    public record Verdict(boolean pass, int inWindow, int threshold, String reason) {
    }
}
