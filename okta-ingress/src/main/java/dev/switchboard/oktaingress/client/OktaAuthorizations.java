package dev.switchboard.oktaingress.client;

import dev.switchboard.clients.Backoff;
import dev.switchboard.clients.okta.AccessTokenCache;
import dev.switchboard.clients.okta.OktaAuthorization;
import dev.switchboard.clients.okta.OktaRequests;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * okta-ingress's Okta client core from client-support: how calls authenticate ({@code switchboard.okta.auth}; the
 * service app's tokens come from quarkus-oidc-client's named client {@code okta}, which signs the private_key_jwt
 * client assertion), how often they are tried and how they are paced. Refuses to start half-configured.
 */
@ApplicationScoped
class OktaAuthorizations {

    private static final Logger LOG = Logger.getLogger(OktaAuthorizations.class);
    // as long as the REST client waits for an Okta answer (quarkus.rest-client.okta.read-timeout)
    private static final Duration TOKEN_WAIT = Duration.ofSeconds(5);

    @Produces
    @ApplicationScoped
    OktaAuthorization authorization(SwitchboardConfig config, Config properties, Instance<OidcClients> clients,
                                    @ConfigProperty(name = "quarkus.oidc-client.okta.refresh-token-time-skew",
                                            defaultValue = "1M") Duration refreshBefore) {
        SwitchboardConfig.Okta okta = config.okta();
        return OktaAuthorization.configured(okta.auth(), okta.apiToken(), okta.clientId(),
                name -> properties.getOptionalValue(name, String.class), refreshBefore, () -> token(clients.get()));
    }

    /** One access token of the service app from the token endpoint. */
    static AccessTokenCache.Issued token(OidcClients clients) {
        Tokens tokens = clients.getClient("okta").getTokens().await().atMost(TOKEN_WAIT);
        LOG.info("Okta service app: new access token");
        return AccessTokenCache.Issued.of(tokens.getAccessToken(), tokens.getAccessTokenExpiresAt());
    }

    @Produces
    @ApplicationScoped
    OktaRequests requests(SwitchboardConfig config, OktaAuthorization authorization) {
        SwitchboardConfig.Okta okta = config.okta();
        // the whole backoff ceiling, no jitter; switchboard.okta.max-wait caps backoff and rate-limit waits alike
        return new OktaRequests(authorization, new OktaRequests.Limits(okta.maxAttempts(), okta.maxConcurrency(),
                new Backoff(okta.initialBackoff(), okta.maxWait()), false, okta.maxWait(), okta.slowDownBelow()));
    }

    // resolve the producer at start, so a missing token, client id or key stops the service instead of the first call
    void check(@Observes StartupEvent start, OktaAuthorization authorization, SwitchboardConfig config) {
        LOG.infof("Okta API auth: %s (%s)", config.okta().auth().name().toLowerCase(), authorization);
    }
}
