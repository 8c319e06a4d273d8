package dev.switchboard.clients.ringcentral;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * RingCentral's usage-plan groups. Every endpoint belongs to one; all endpoints of a group share one budget per
 * (service user, app). The defaults apply until a response tells the real values through X-Rate-Limit-* headers.
 */
public enum RateLimitGroup {
    LIGHT(50), MEDIUM(40), HEAVY(10), AUTH(5);

    /** RingCentral's documented window for every group. */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);

    private final int defaultLimit;

    RateLimitGroup(int defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    public int defaultLimit() {
        return defaultLimit;
    }

    /** The group named by an X-Rate-Limit-Group header (RingCentral sends e.g. {@code light}); empty if unknown. */
    public static Optional<RateLimitGroup> fromHeader(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
