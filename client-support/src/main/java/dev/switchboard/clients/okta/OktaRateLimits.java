package dev.switchboard.clients.okta;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Okta's rate limits as one service sees them, per endpoint family (Okta counts limits per bucket of endpoints):
 * <ul>
 *   <li>after a 429 the family waits until {@code X-Rate-Limit-Reset} plus a second, on Okta's clock (the answer's
 *       {@code Date}), at least a second (spec §2.7, as Okta's own SDKs do); a concurrency 429
 *       ({@code X-Rate-Limit-Limit: 0}) only estimates its reset and an answer without the header gives none, so
 *       both wait the caller's backoff instead;</li>
 *   <li>optionally it slows down before Okta does: once fewer than {@code slowDownBelow} of the limit remain, the
 *       next call of the family waits for the window's reset, so that one busy caller does not starve the others.</li>
 * </ul>
 * No wait exceeds {@code maxWait}. Thread-safe.
 */
public final class OktaRateLimits {

    private static final Duration AFTER_RESET = Duration.ofSeconds(1);

    private final InstantSource clock;
    private final double slowDownBelow;
    private final Duration maxWait;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    /** What the last answer of a family said, with the reset moved onto our clock. */
    private record Window(long limit, long remaining, Instant resetAt) {
    }

    /**
     * @param slowDownBelow below this share of the limit remaining, wait for the reset (e.g. 0.1); 0 never slows down
     * @param maxWait       the longest single wait, also when Okta's reset lies further ahead
     */
    public OktaRateLimits(InstantSource clock, double slowDownBelow, Duration maxWait) {
        this.clock = clock;
        this.slowDownBelow = slowDownBelow;
        this.maxWait = maxWait;
    }

    /** Remembers an answer's rate-limit headers; answers without them, and concurrency 429s, change nothing. */
    public void observe(String family, OktaAnswer answer) {
        Optional<Long> limit = smallest(answer.headers("X-Rate-Limit-Limit"));
        Optional<Long> remaining = smallest(answer.headers("X-Rate-Limit-Remaining"));
        Optional<Long> reset = smallest(answer.headers("X-Rate-Limit-Reset"));
        if (limit.isEmpty() || remaining.isEmpty() || reset.isEmpty() || limit.get() <= 0) {
            return;
        }
        Instant now = clock.instant();
        Duration untilReset = Duration.between(answer.date().orElse(now), Instant.ofEpochSecond(reset.get()));
        windows.put(family, new Window(limit.get(), remaining.get(), now.plus(untilReset)));
    }

    /**
     * Okta answered 429: how long to wait before trying again, and the whole family waits as long, since every call
     * of it would only collect more 429s until the window turns over.
     *
     * @param fallback the wait when the answer gives no usable reset
     */
    public Duration tooManyRequests(String family, OktaAnswer answer, Duration fallback) {
        Optional<Long> reset = smallest(answer.headers("X-Rate-Limit-Reset"));
        boolean concurrency = smallest(answer.headers("X-Rate-Limit-Limit")).map(l -> l == 0).orElse(false);
        Instant now = clock.instant();
        Duration wait;
        if (reset.isEmpty() || concurrency) {
            wait = fallback;
        } else {
            wait = Duration.between(answer.date().orElse(now), Instant.ofEpochSecond(reset.get())).plus(AFTER_RESET);
            if (wait.compareTo(AFTER_RESET) < 0) {
                wait = AFTER_RESET;
            }
        }
        wait = capped(wait);
        blockedUntil.merge(family, now.plus(wait), (a, b) -> a.isAfter(b) ? a : b);
        return wait;
    }

    /** How long to wait before the next call of the family: zero unless it is blocked or few calls remain. */
    public Duration waitBefore(String family) {
        Instant now = clock.instant();
        Duration blocked = Duration.ZERO;
        Instant until = blockedUntil.get(family);
        if (until != null) {
            if (until.isAfter(now)) {
                blocked = Duration.between(now, until);
            } else {
                blockedUntil.remove(family, until);
            }
        }
        Duration low = Duration.ZERO;
        Window window = windows.get(family);
        if (window != null && window.remaining() < window.limit() * slowDownBelow && window.resetAt().isAfter(now)) {
            // the window turns over at Okta a little after its reset second
            low = Duration.between(now, window.resetAt()).plus(AFTER_RESET);
        }
        return capped(blocked.compareTo(low) > 0 ? blocked : low);
    }

    private Duration capped(Duration wait) {
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    private static Optional<Long> smallest(List<String> values) {
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty() && v.length() <= 18 && v.chars().allMatch(c -> c >= '0' && c <= '9'))
                .map(Long::parseLong)
                .min(Long::compare);
    }
}
