package dev.switchboard.clients.ringcentral;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The ONE OAuth access token of a service (JWT bearer grant, client_secret_basic). RingCentral allows 5 token calls a
 * minute and about 5 parallel sessions, so the token is shared, refreshed ahead of expiry by a single caller while the
 * others keep using the still-valid one, and fetched anew only when missing, expired or refused (401). A failed early
 * refresh keeps the current token while it is valid. Plain Java: the token call is a function given at construction.
 */
public final class RingCentralTokens implements RingCentralCalls.TokenSource {

    private static final System.Logger LOG = System.getLogger(RingCentralTokens.class.getName());
    public static final String JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final String TOKEN_OPERATION = "POST /restapi/oauth/token";

    private final RingCentralCalls calls;
    private final Credentials credentials;
    private final double refreshAhead;
    private final String service;
    private final TokenCall tokenCall;
    private final InstantSource clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile CachedToken current;

    /**
     * The app's credentials. Secrets come from the environment and never show in logs, hence {@link #toString()}.
     *
     * @param clientId     OAuth client id of the RingCentral app
     * @param clientSecret OAuth client secret of the RingCentral app
     * @param jwt          JWT credential of the service user, the JWT bearer grant's assertion
     */
    public record Credentials(String clientId, String clientSecret, String jwt) {

        /** client_secret_basic, for the token and revoke calls. */
        public String basicAuth() {
            return "Basic " + Base64.getEncoder().encodeToString(
                    (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Credentials[clientId=" + clientId + ", clientSecret=***, jwt=***]";
        }
    }

    /** {@code POST /restapi/oauth/token} with the form {@code grant_type} and {@code assertion}. */
    @FunctionalInterface
    public interface TokenCall {
        Answer request(String basicAuth, String grantType, String assertion);
    }

    /** {@code POST /restapi/oauth/revoke} (RFC 7009) with the form {@code token}: ends the whole session. */
    @FunctionalInterface
    public interface RevokeCall {
        Answer revoke(String basicAuth, String token);
    }

    /**
     * @param calls        the service's calls (the token call takes Auth-group budget and is retried like any other)
     * @param credentials  the app's credentials
     * @param refreshAhead fraction of the token's expires_in after which it is refreshed (0 &lt; f &lt; 1)
     * @param service      the service's name, for the alert when RingCentral refuses its credentials
     * @param tokenCall    sends the token request
     */
    public RingCentralTokens(RingCentralCalls calls, Credentials credentials, double refreshAhead, String service,
                             TokenCall tokenCall) {
        this(calls, credentials, refreshAhead, service, tokenCall, InstantSource.system());
    }

    /** As above, with the clock given (tests). */
    public RingCentralTokens(RingCentralCalls calls, Credentials credentials, double refreshAhead, String service,
                             TokenCall tokenCall, InstantSource clock) {
        this.calls = calls;
        this.credentials = credentials;
        this.refreshAhead = refreshAhead;
        this.service = service;
        this.tokenCall = tokenCall;
        this.clock = clock;
    }

    private record CachedToken(String value, Instant refreshAt, Instant expiresAt) {
    }

    @Override
    public String accessToken() {
        CachedToken token = current;
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.refreshAt())) {
            return token.value();
        }
        boolean stillValid = token != null && now.isBefore(token.expiresAt());
        if (stillValid) {
            if (!lock.tryLock()) {
                return token.value(); // another caller is refreshing it ahead of expiry
            }
        } else {
            lock.lock(); // single flight: callers without a valid token wait for one fetch
        }
        try {
            CachedToken seen = current;
            if (seen != null && seen != token && clock.instant().isBefore(seen.refreshAt())) {
                return seen.value(); // fetched by another caller while we waited for the lock
            }
            try {
                current = fetch();
            } catch (RingCentralException e) {
                if (seen != null && clock.instant().isBefore(seen.expiresAt())) {
                    RingCentralCalls.log(LOG, Level.WARNING, "refreshing the RingCentral token ahead of expiry failed "
                            + "(%s); the current one stays in use", e.error().code());
                    return seen.value();
                }
                throw e;
            }
            return current.value();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void invalidate(String accessToken) {
        lock.lock();
        try {
            CachedToken token = current;
            if (token != null && token.value().equals(accessToken)) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Revokes the current token's session and forgets the token; the next call fetches a new one. One attempt, no
     * wait for budget, errors only logged: an abandoned session expires by itself anyway. For the end of a service,
     * since RingCentral caps the parallel sessions of the service user.
     *
     * @return whether RingCentral confirmed the revoke
     */
    public boolean revoke(RevokeCall revokeCall) {
        CachedToken token;
        lock.lock();
        try {
            token = current;
            current = null;
        } finally {
            lock.unlock();
        }
        if (token == null || !clock.instant().isBefore(token.expiresAt())) {
            return false;
        }
        if (!calls.tryAcquireNow(RateLimitGroup.AUTH)) {
            LOG.log(Level.INFO, "no Auth budget left to revoke the RingCentral session; it expires by itself");
            return false;
        }
        try {
            Answer answer = revokeCall.revoke(credentials.basicAuth(), token.value());
            calls.observe(RateLimitGroup.AUTH, answer);
            if (answer.successful()) {
                LOG.log(Level.INFO, "revoked the RingCentral session");
                return true;
            }
            RingCentralCalls.log(LOG, Level.WARNING, "revoking the RingCentral session answered HTTP %d (RCRequestId %s); "
                    + "ignored", answer.status(), answer.header("RCRequestId"));
            return false;
        } catch (RuntimeException e) {
            RingCentralCalls.log(LOG, Level.WARNING, "revoking the RingCentral session failed (%s); ignored", e.getMessage());
            return false;
        }
    }

    private CachedToken fetch() {
        String basic = credentials.basicAuth();
        try {
            Instant requested = clock.instant();
            JsonNode info = calls.execute(TOKEN_OPERATION, RateLimitGroup.AUTH, null, RingCentralCalls.Repeat.SAFE,
                    ignored -> tokenCall.request(basic, JWT_BEARER_GRANT, credentials.jwt()), Answer::readJson).value();
            long expiresIn = info.path("expires_in").asLong(0);
            String value = info.path("access_token").asText(null);
            if (value == null || expiresIn <= 0) {
                throw new RingCentralException(TOKEN_OPERATION,
                        new RingCentralError("SWB-BAD-TOKEN", "token response without access_token or expires_in", null, 200), 1);
            }
            Duration lifetime = Duration.ofSeconds(expiresIn);
            Duration refreshAfter = Duration.ofMillis((long) (lifetime.toMillis() * refreshAhead));
            RingCentralCalls.log(LOG, Level.INFO, "obtained a RingCentral access token valid for %d s", expiresIn);
            return new CachedToken(value, requested.plus(refreshAfter), requested.plus(lifetime));
        } catch (RingCentralException e) {
            if (!e.retryable()) {
                // invalid_grant and friends: the JWT or client credentials were revoked or expired; a human must act
                RingCentralCalls.log(LOG, Level.ERROR, "ALERT: RingCentral refused %s's credentials (%s, HTTP %s): renew "
                        + "SWITCHBOARD_RINGCENTRAL_JWT / _CLIENT_ID / _CLIENT_SECRET", service, e.error().code(),
                        e.error().httpStatus());
            }
            throw e;
        }
    }
}
