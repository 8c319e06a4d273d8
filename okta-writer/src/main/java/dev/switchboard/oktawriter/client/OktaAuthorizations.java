package dev.switchboard.oktawriter.client;

import dev.switchboard.clients.Backoff;
import dev.switchboard.clients.okta.AccessTokenCache;
import dev.switchboard.clients.okta.OktaAuthorization;
import dev.switchboard.clients.okta.OktaRequests;
import dev.switchboard.oktawriter.config.WriterConfig;
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
 * The writer's Okta client core from client-support: how calls authenticate ({@code switchboard.okta.auth}; the
 * service app's tokens come from quarkus-oidc-client's named client {@code okta}, which signs the private_key_jwt
 * client assertion) and how hard they may push Okta. Refuses to start half-configured.
 */
@ApplicationScoped
class OktaAuthorizations {

    private static final Logger LOG = Logger.getLogger(OktaAuthorizations.class);
    // as long as the REST client waits for an Okta answer (quarkus.rest-client.okta.read-timeout)
    private static final Duration TOKEN_WAIT = Duration.ofSeconds(30);

    @Produces
    @ApplicationScoped
    OktaAuthorization authorization(WriterConfig config, Config properties, Instance<OidcClients> clients,
                                    @ConfigProperty(name = "quarkus.oidc-client.okta.refresh-token-time-skew",
                                            defaultValue = "1M") Duration refreshBefore) {
        WriterConfig.Okta okta = config.okta();
        return OktaAuthorization.configured(okta.auth(), okta.apiToken(), okta.clientId(),
                name -> properties.getOptionalValue(name, String.class), refreshBefore, () -> {
                    Tokens tokens = clients.get().getClient("okta").getTokens().await().atMost(TOKEN_WAIT);
                    LOG.info("Okta service app: new access token");
                    return AccessTokenCache.Issued.of(tokens.getAccessToken(), tokens.getAccessTokenExpiresAt());
                });
    }

    @Produces
    @ApplicationScoped
    OktaRequests requests(WriterConfig config, OktaAuthorization authorization) {
        WriterConfig.Retry retry = config.retry();
        return new OktaRequests(authorization, new OktaRequests.Limits(retry.maxAttempts(),
                config.okta().maxConcurrency(), new Backoff(retry.initialBackoff(), retry.maxBackoff()), true,
                retry.maxRateLimitWait(), 0));
    }

    // resolve the producer at start, so a missing token, client id or key stops the service instead of the first call
    void check(@Observes StartupEvent start, OktaAuthorization authorization, WriterConfig config) {
        LOG.infof("Okta API auth: %s (%s)", config.okta().auth().name().toLowerCase(), authorization);
    }
}
