package dev.switchboard.clients.okta;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one OAuth access token every Okta call of the service shares: fetched when first needed, kept until shortly
 * before it expires, and forgotten when Okta refuses it (401) so that the next call fetches a new one. Thread-safe; a
 * fetch holds back the other callers meanwhile, which could do nothing without a token anyway. A fetch that fails
 * becomes an {@link AccessTokenException} saying whether the token endpoint refused the app or did not answer.
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

        /**
         * What a token response carried: the access token and its expiry in epoch seconds (may be null). A response
         * without a token fails as {@link OktaError#TOKEN_UNAVAILABLE}.
         */
        public static Issued of(String accessToken, Long expiresAtEpochSecond) {
            if (accessToken == null || accessToken.isBlank()) {
                throw new AccessTokenException(
                        OktaError.tokenRequestFailed("the token endpoint answered without an access_token"), null);
            }
            return new Issued(accessToken, expiresAtEpochSecond == null ? null
                    : Instant.ofEpochSecond(expiresAtEpochSecond));
        }
    }

    private final InstantSource clock;
    private final Duration refreshBefore;
    private final Supplier<Issued> fetch;
    private Issued current;
    private Instant renewAt;

    /**
     * @param refreshBefore how long before its expiry a token is replaced (Okta's tokens live an hour)
     * @param fetch         asks the token endpoint for a new token; its exceptions reach the caller of {@link #token()}
     *                      as an {@link AccessTokenException}: one whose message is the token endpoint's OAuth error
     *                      body as {@link OktaError#TOKEN_REFUSED}, any other as {@link OktaError#TOKEN_UNAVAILABLE}
     */
    public AccessTokenCache(InstantSource clock, Duration refreshBefore, Supplier<Issued> fetch) {
        this.clock = clock;
        this.refreshBefore = refreshBefore.isNegative() ? Duration.ZERO : refreshBefore;
        this.fetch = fetch;
    }

    /** The current token, fetched first when there is none or it is about to expire. */
    public synchronized String token() {
        Instant now = clock.instant();
        if (current == null || (renewAt != null && !now.isBefore(renewAt))) {
            current = null;
            Issued issued = fetch();
            current = issued;
            renewAt = renewAt(issued, now, refreshBefore);
        }
        return current.value();
    }

    private Issued fetch() {
        try {
            return fetch.get();
        } catch (AccessTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            // the OIDC client reports the token endpoint's error body as the message; nothing in it is secret
            OktaError refused = OktaError.tokenRequestFailed(e.getMessage());
            throw new AccessTokenException(OktaError.TOKEN_REFUSED.equals(refused.code()) ? refused
                    : OktaError.tokenRequestFailed(e.getClass().getSimpleName() + ": " + e.getMessage()), e);
        }
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
