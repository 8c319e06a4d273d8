package dev.switchboard.oktawriter.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one OAuth access token every Okta call of the service shares: fetched when first needed, kept until shortly
 * before it expires, and forgotten when Okta refuses it (401) so that the next call fetches a new one. Thread-safe; a
 * fetch holds back the other callers meanwhile, which could do nothing without a token anyway.
 */
public final class AccessTokenCache {

    /**
     * An access token as the token endpoint issued it.
     *
     * @param value     the token (a secret: never logged)
     * @param expiresAt when it expires; null when the token endpoint did not say, then it is kept until refused
     */
    public record Issued(String value, Instant expiresAt) {
        public Issued {
            Objects.requireNonNull(value, "value");
        }
    }

    private final Clock clock;
    private final Duration refreshBefore;
    private final Supplier<Issued> fetch;
    private Issued current;
    private Instant renewAt;

    /**
     * @param refreshBefore how long before its expiry a token is replaced (Okta's tokens live an hour)
     * @param fetch         asks the token endpoint for a new token; its exceptions reach the caller of {@link #token()}
     */
    public AccessTokenCache(Clock clock, Duration refreshBefore, Supplier<Issued> fetch) {
        this.clock = clock;
        this.refreshBefore = refreshBefore.isNegative() ? Duration.ZERO : refreshBefore;
        this.fetch = fetch;
    }

    /** The current token, fetched first when there is none or it is about to expire. */
    public synchronized String token() {
        Instant now = clock.instant();
        if (current == null || (renewAt != null && !now.isBefore(renewAt))) {
            current = null;
            Issued issued = fetch.get();
            current = issued;
            renewAt = renewAt(issued, now, refreshBefore);
        }
        return current.value();
    }

    /**
     * Okta answered 401 to {@code token}: it is forgotten, so the next {@link #token()} fetches a new one. A token
     * that another caller already replaced is left alone (its replacement is not refused yet).
     */
    public synchronized void refused(String token) {
        if (current != null && current.value().equals(token)) {
            current = null;
            renewAt = null;
        }
    }

    /**
     * When a token fetched at {@code fetchedAt} is replaced: {@code refreshBefore} ahead of its expiry, but never
     * before half its lifetime has passed, so that a short-lived token does not make every call fetch another one.
     */
    static Instant renewAt(Issued issued, Instant fetchedAt, Duration refreshBefore) {
        if (issued.expiresAt() == null) {
            return null;
        }
        Instant early = issued.expiresAt().minus(refreshBefore);
        Instant halfway = fetchedAt.plus(Duration.between(fetchedAt, issued.expiresAt()).dividedBy(2));
        return early.isAfter(halfway) ? early : halfway;
    }
}
