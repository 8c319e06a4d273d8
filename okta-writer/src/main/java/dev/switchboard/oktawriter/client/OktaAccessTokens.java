package dev.switchboard.oktawriter.client;

import dev.switchboard.oktawriter.domain.AccessTokenCache;
import dev.switchboard.oktawriter.domain.OktaError;
import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Access tokens of the Okta service app. quarkus-oidc-client's named client {@code okta} (configured under
 * {@code quarkus.oidc-client.okta.*}) does the client-credentials request with a signed private_key_jwt client
 * assertion; {@link AccessTokenCache} keeps the token until shortly before it expires and drops it when Okta refuses
 * it, which the library's own cache cannot be told to do.
 */
@ApplicationScoped
class OktaAccessTokens {

    static final String CLIENT = "okta";
    private static final Logger LOG = Logger.getLogger(OktaAccessTokens.class);
    // as long as the REST client waits for an Okta answer (quarkus.rest-client.okta.read-timeout)
    private static final Duration TOKEN_WAIT = Duration.ofSeconds(30);

    private final AccessTokenCache cache;

    @Inject
    OktaAccessTokens(OidcClients clients,
                     @ConfigProperty(name = "quarkus.oidc-client.okta.refresh-token-time-skew", defaultValue = "1M")
                     Duration refreshBefore) {
        this.cache = new AccessTokenCache(Clock.systemUTC(), refreshBefore, () -> fetch(clients));
    }

    AccessTokenCache cache() {
        return cache;
    }

    private static AccessTokenCache.Issued fetch(OidcClients clients) {
        Tokens tokens;
        try {
            tokens = clients.getClient(CLIENT).getTokens().await().atMost(TOKEN_WAIT);
        } catch (OidcClientException e) {
            throw failed(String.valueOf(e.getMessage()), e);
        } catch (RuntimeException e) {
            // timeout, connection refused, …: the token endpoint did not answer
            throw failed(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        if (tokens.getAccessToken() == null || tokens.getAccessToken().isBlank()) {
            throw failed("the token endpoint answered without an access_token", null);
        }
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        LOG.infof("Okta service app: new access token, expires %s", expiresAt == null ? "(not said)"
                : Instant.ofEpochSecond(expiresAt));
        return new AccessTokenCache.Issued(tokens.getAccessToken(),
                expiresAt == null ? null : Instant.ofEpochSecond(expiresAt));
    }

    private static AccessTokenException failed(String detail, Throwable cause) {
        OktaError error = OktaError.tokenRequestFailed(detail);
        LOG.warnf("Okta service app: %s %s %s", error.code(), error.summary(), error.causes());
        return new AccessTokenException(error, cause);
    }
}
