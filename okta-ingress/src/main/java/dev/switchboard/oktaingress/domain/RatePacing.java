package dev.switchboard.oktaingress.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows Okta calls down before Okta does: each endpoint family (Okta counts rate limits per bucket of endpoints)
 * remembers the last {@code X-Rate-Limit-*} headers it saw, and once fewer than {@code lowShare} of the limit remain,
 * the next call of that family waits until the window resets. A 429 is still handled by the caller; this keeps us
 * from getting there, so the hook path is not starved by a backstop run.
 */
public final class RatePacing {

    private final Clock clock;
    private final double lowShare;
    private final Duration maxWait;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** What the last response of a family said, with the reset moved onto our clock. */
    record Window(long limit, long remaining, Instant resetAt) {
    }

    /**
     * @param lowShare below this share of the limit remaining, wait for the reset (e.g. 0.1)
     * @param maxWait  longest single wait, also when Okta's reset lies further ahead
     */
    public RatePacing(Clock clock, double lowShare, Duration maxWait) {
        this.clock = clock;
        this.lowShare = lowShare;
        this.maxWait = maxWait;
    }

    /**
     * The family an Okta path belongs to: its first three segments ({@code /api/v1/users/00u1} → {@code /api/v1/users}).
     * Okta's buckets are finer in places; coarser is the careful side.
     */
    public static String family(String path) {
        String[] segments = path.split("/");
        StringBuilder family = new StringBuilder();
        int taken = 0;
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            family.append('/').append(segment);
            if (++taken == 3) {
                break;
            }
        }
        return family.length() == 0 ? "/" : family.toString();
    }

    /**
     * Remembers a response's rate-limit headers. Responses without them, and concurrency 429s (Okta sends limit 0
     * there, with an estimated reset), change nothing.
     *
     * @param serverDate the response's {@code Date}: the reset is in Okta's clock
     */
    public void observe(String family, List<String> limit, List<String> remaining, List<String> reset,
                        Optional<Instant> serverDate) {
        Optional<Long> l = smallest(limit);
        Optional<Long> r = smallest(remaining);
        Optional<Long> s = smallest(reset);
        if (l.isEmpty() || r.isEmpty() || s.isEmpty() || l.get() <= 0) {
            return;
        }
        Instant now = clock.instant();
        Duration untilReset = Duration.between(serverDate.orElse(now), Instant.ofEpochSecond(s.get()));
        windows.put(family, new Window(l.get(), r.get(), now.plus(untilReset)));
    }

    /** How long to wait before the next call of this family: zero unless few calls remain in a window not yet reset. */
    public Duration waitBefore(String family) {
        Window window = windows.get(family);
        if (window == null || window.remaining() >= window.limit() * lowShare) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), window.resetAt());
        if (wait.isNegative() || wait.isZero()) {
            return Duration.ZERO;
        }
        // the window turns over at Okta a little after its reset second
        wait = wait.plusSeconds(1);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    private static Optional<Long> smallest(List<String> values) {
        return values.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> v.matches("\\d+"))
                .map(Long::parseLong)
                .min(Long::compare);
    }
}
