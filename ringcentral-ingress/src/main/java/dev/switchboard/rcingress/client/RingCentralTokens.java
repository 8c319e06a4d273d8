package dev.switchboard.rcingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.contracts.Json;
import dev.switchboard.rcingress.config.IngressConfig;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import dev.switchboard.clients.ringcentral.RingCentralError;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one access token of the service (JWT bearer grant, client_secret_basic), shared by webhook enrichment,
 * import, schema discovery and subscription checks: RingCentral allows 5 token calls a minute and about 5 sessions.
 * Fetched by one caller at a time, refreshed after {@code switchboard.token.refresh-ahead} of its lifetime.
 */
@ApplicationScoped
public class RingCentralTokens implements RingCentralCalls.TokenSource {

    private static final Logger LOG = Logger.getLogger(RingCentralTokens.class);
    static final String JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final RingCentralApi api;
    private final RingCentralCalls calls;
    private final IngressConfig config;
    private Cached current;

    RingCentralTokens(@RestClient RingCentralApi api, RingCentralCalls calls, IngressConfig config) {
        this.api = api;
        this.calls = calls;
        this.config = config;
    }

    private record Cached(String value, Instant refreshAt) {
    }

    @Override
    public synchronized String accessToken() {
        if (current == null || !Instant.now().isBefore(current.refreshAt())) {
            current = fetch();
        }
        return current.value();
    }

    @Override
    public synchronized void invalidate(String accessToken) {
        if (current != null && current.value().equals(accessToken)) {
            current = null;
        }
    }

    private Cached fetch() {
        IngressConfig.RingCentral rc = config.ringcentral();
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (rc.clientId() + ":" + rc.clientSecret()).getBytes(StandardCharsets.UTF_8));
        Instant requested = Instant.now();
        JsonNode info;
        try {
            info = calls.execute("POST /restapi/oauth/token", RateLimitGroup.AUTH, null,
                    ignored -> api.token(basic, JWT_BEARER_GRANT, rc.jwt()), RingCentralTokens::readJson);
        } catch (RingCentralException e) {
            if (!e.error().retryable()) {
                LOG.errorf("ALERT: RingCentral refused ringcentral-ingress's credentials (%s, HTTP %s): renew "
                        + "SWITCHBOARD_RINGCENTRAL_JWT / _CLIENT_ID / _CLIENT_SECRET", e.error().code(), e.error().httpStatus());
            }
            throw e;
        }
        String value = info.path("access_token").asText(null);
        long expiresIn = info.path("expires_in").asLong(0);
        if (value == null || expiresIn <= 0) {
            throw new RingCentralException("POST /restapi/oauth/token",
                    new RingCentralError("SWB-BAD-TOKEN", "token response without access_token or expires_in", null, 200), 1);
        }
        long refreshAfter = (long) (Duration.ofSeconds(expiresIn).toMillis() * config.token().refreshAhead());
        LOG.infof("obtained a RingCentral access token valid for %d s", expiresIn);
        return new Cached(value, requested.plusMillis(refreshAfter));
    }

    static JsonNode readJson(String body) {
        try {
            return Json.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
