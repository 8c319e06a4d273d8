package dev.switchboard.rcwriter.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.rcwriter.config.WriterConfig;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import dev.switchboard.clients.ringcentral.RingCentralError;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The ONE OAuth access token the writer uses (JWT bearer grant, client_secret_basic). RingCentral allows 5 token
 * calls a minute and about 5 parallel sessions, so the token is shared, refreshed ahead of expiry by a single caller
 * while the others keep using the still-valid one, and fetched anew only when missing, expired or refused (401).
 * Its session is revoked at shutdown.
 */
@ApplicationScoped
public class RingCentralTokens implements RingCentralCalls.TokenSource {

    private static final Logger LOG = Logger.getLogger(RingCentralTokens.class);
    static final String JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final RingCentralApi api;
    private final RingCentralCalls calls;
    private final WriterConfig config;
    private final InstantSource clock = InstantSource.system();
    private final ReentrantLock lock = new ReentrantLock();
    private final ObjectMapper mapper = new ObjectMapper();
    private volatile CachedToken current;

    @Inject
    RingCentralTokens(@RestClient RingCentralApi api, RingCentralCalls calls, WriterConfig config) {
        this.api = api;
        this.calls = calls;
        this.config = config;
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
                    LOG.warnf("refreshing the RingCentral token ahead of expiry failed (%s); the current one stays in use",
                            e.error().code());
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

    /** At shutdown: end the session, since RingCentral caps the parallel sessions of the service user. */
    void onStop(@Observes ShutdownEvent event) {
        revoke();
    }

    /**
     * Revokes the current token's session ({@code POST /restapi/oauth/revoke}, RFC 7009) and forgets the token; the
     * next call fetches a new one. One attempt, no wait for budget, errors only logged: an abandoned session expires
     * by itself anyway.
     *
     * @return whether RingCentral confirmed the revoke
     */
    public boolean revoke() {
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
            LOG.info("no Auth budget left to revoke the RingCentral session; it expires by itself");
            return false;
        }
        try (Response answer = api.revoke(basicAuth(), token.value())) {
            calls.observe(RateLimitGroup.AUTH, answer);
            boolean revoked = answer.getStatus() / 100 == 2;
            if (revoked) {
                LOG.info("revoked the RingCentral session");
            } else {
                LOG.warnf("revoking the RingCentral session answered HTTP %d (RCRequestId %s); ignored",
                        answer.getStatus(), answer.getHeaderString("RCRequestId"));
            }
            return revoked;
        } catch (RuntimeException e) {
            LOG.warnf("revoking the RingCentral session failed (%s); ignored", e.getMessage());
            return false;
        }
    }

    private String basicAuth() {
        WriterConfig.RingCentral rc = config.ringcentral();
        return "Basic " + Base64.getEncoder().encodeToString(
                (rc.clientId() + ":" + rc.clientSecret()).getBytes(StandardCharsets.UTF_8));
    }

    private CachedToken fetch() {
        WriterConfig.RingCentral rc = config.ringcentral();
        String basic = basicAuth();
        try {
            Instant requested = clock.instant();
            JsonNode info = calls.execute("POST /restapi/oauth/token", RateLimitGroup.AUTH, null,
                    ignored -> api.token(basic, JWT_BEARER_GRANT, rc.jwt()), this::readJson).value();
            long expiresIn = info.path("expires_in").asLong(0);
            String value = info.path("access_token").asText(null);
            if (value == null || expiresIn <= 0) {
                throw new RingCentralException("POST /restapi/oauth/token",
                        new RingCentralError("SWB-BAD-TOKEN", "token response without access_token or expires_in", null, 200), 1);
            }
            Duration lifetime = Duration.ofSeconds(expiresIn);
            Duration refreshAfter = Duration.ofMillis((long) (lifetime.toMillis() * config.token().refreshAhead()));
            LOG.infof("obtained a RingCentral access token valid for %d s", expiresIn);
            return new CachedToken(value, requested.plus(refreshAfter), requested.plus(lifetime));
        } catch (RingCentralException e) {
            if (!e.retryable()) {
                // invalid_grant and friends: the JWT or client credentials were revoked or expired; a human must act
                LOG.errorf("ALERT: RingCentral refused the writer's credentials (%s, HTTP %s): renew "
                                + "SWITCHBOARD_RINGCENTRAL_JWT / _CLIENT_ID / _CLIENT_SECRET", e.error().code(),
                        e.error().httpStatus());
            }
            throw e;
        }
    }

    private JsonNode readJson(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
