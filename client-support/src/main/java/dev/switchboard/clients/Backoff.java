package dev.switchboard.clients;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: before retry {@code n} (1-based) wait a random time in
 * {@code [0, min(max, initial * 2^(n-1))]}. Full jitter spreads retries of many workers instead of synchronising them.
 *
 * @param initial the ceiling before the first retry
 * @param max     the ceiling never exceeded
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 <= initial <= max, got " + initial + " and " + max);
        }
    }

    /** The upper bound of the wait before retry {@code retry} (1-based). */
    public Duration ceiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry is 1-based: " + retry);
        }
        int shift = Math.min(retry - 1, 62);
        long initialMillis = initial.toMillis();
        long maxMillis = max.toMillis();
        long ceiling = initialMillis > (maxMillis >> shift) ? maxMillis : initialMillis << shift;
        return Duration.ofMillis(Math.min(ceiling, maxMillis));
    }

    /** The wait before retry {@code retry}; {@code random} yields values in [0, 1). */
    public Duration delay(int retry, DoubleSupplier random) {
        return Duration.ofMillis((long) (ceiling(retry).toMillis() * random.getAsDouble()));
    }

    /** The server's Retry-After wins when it gave one; otherwise {@link #delay}. */
    public Duration delay(int retry, Optional<Duration> retryAfter, DoubleSupplier random) {
        return retryAfter.orElseGet(() -> delay(retry, random));
    }
}
