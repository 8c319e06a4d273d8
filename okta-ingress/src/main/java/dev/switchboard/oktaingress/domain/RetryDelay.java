package dev.switchboard.oktaingress.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How long to wait before trying an Okta call again. */
public final class RetryDelay {

    private static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

    private RetryDelay() {
    }

    /** Exponential backoff after a 5xx or a timeout: {@code initial × 2^(attempt-1)}, capped. */
    public static Duration backoff(int attempt, Duration initial, Duration max) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
        Duration wait = initial.multipliedBy(factor);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * Wait after a 429: until {@code X-Rate-Limit-Reset} (epoch seconds; the smallest when repeated) plus a second,
     * measured against the response's {@code Date} when present (Okta's clock, not ours), at least one second and
     * at most {@code max}. Without a usable reset header, falls back to {@code fallback}.
     */
    public static Duration untilRateLimitReset(List<String> resetHeaders, Optional<Instant> serverDate, Instant now,
                                               Duration fallback, Duration max) {
        Optional<Long> reset = resetHeaders.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> v.matches("\\d+"))
                .map(Long::parseLong)
                .min(Long::compare);
        if (reset.isEmpty()) {
            return fallback.compareTo(max) > 0 ? max : fallback;
        }
        Instant reference = serverDate.orElse(now);
        Duration wait = Duration.between(reference, Instant.ofEpochSecond(reset.get())).plusSeconds(1);
        if (wait.compareTo(MIN_RATE_LIMIT_WAIT) < 0) {
            return MIN_RATE_LIMIT_WAIT;
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
