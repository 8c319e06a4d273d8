package dev.switchboard.oktawriter.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How long to wait after Okta answered 429 (spec §2.7, as Okta's own SDKs do): until {@code X-Rate-Limit-Reset}
 * (epoch seconds; the smallest when the header came more than once) plus one second, measured against the answer's
 * {@code Date} (Okta's clock, not ours), at least one second. A concurrency 429 ({@code X-Rate-Limit-Limit: 0}) only
 * estimates its reset, and an answer without the header gives none: both fall back to the backoff.
 */
public final class RateLimitReset {

    private static final Duration AFTER_RESET = Duration.ofSeconds(1);

    private RateLimitReset() {
    }

    /**
     * @param limit      the X-Rate-Limit-Limit values of the answer
     * @param reset      its X-Rate-Limit-Reset values
     * @param serverDate its Date, when it had one
     * @param now        our clock, used without a Date
     * @param fallback   the backoff for answers without a usable reset
     * @param max        the longest wait
     */
    public static Duration wait(List<String> limit, List<String> reset, Optional<Instant> serverDate, Instant now,
                                Duration fallback, Duration max) {
        Optional<Long> resetAt = smallest(reset);
        boolean concurrency = smallest(limit).map(l -> l == 0).orElse(false);
        Duration wait;
        if (resetAt.isEmpty() || concurrency) {
            wait = fallback;
        } else {
            wait = Duration.between(serverDate.orElse(now), Instant.ofEpochSecond(resetAt.get())).plus(AFTER_RESET);
            if (wait.compareTo(AFTER_RESET) < 0) {
                wait = AFTER_RESET;
            }
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private static Optional<Long> smallest(List<String> values) {
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty() && v.chars().allMatch(Character::isDigit))
                .map(Long::parseLong)
                .min(Long::compare);
    }
}
