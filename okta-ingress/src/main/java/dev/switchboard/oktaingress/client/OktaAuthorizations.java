package dev.switchboard.oktaingress.client;

import dev.switchboard.oktaingress.config.SwitchboardConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/** Chooses how Okta calls authenticate ({@code switchboard.okta.auth}) and refuses to start half-configured. */
@ApplicationScoped
class OktaAuthorizations {

    private static final Logger LOG = Logger.getLogger(OktaAuthorizations.class);

    @Produces
    @ApplicationScoped
    OktaAuthorization authorization(SwitchboardConfig config, Instance<OktaAccessTokens> tokens) {
        SwitchboardConfig.Okta okta = config.okta();
        return switch (okta.auth()) {
            case SSWS -> OktaAuthorization.ssws(okta.apiToken().filter(t -> !t.isBlank()).orElseThrow(() ->
                    new IllegalStateException("switchboard.okta.auth=ssws needs switchboard.okta.api-token "
                            + "(SWITCHBOARD_OKTA_API_TOKEN)")));
            case OAUTH -> {
                if (okta.clientId().filter(id -> !id.isBlank()).isEmpty()) {
                    throw new IllegalStateException("switchboard.okta.auth=oauth needs switchboard.okta.client-id "
                            + "(SWITCHBOARD_OKTA_CLIENT_ID) and the service app's private key "
                            + "(QUARKUS_OIDC_CLIENT_OKTA_CREDENTIALS_JWT_KEY or _KEY_FILE)");
                }
                yield OktaAuthorization.bearer(tokens.get());
            }
        };
    }

    // resolve the producer at start, so a missing token or client id stops the service instead of the first call
    void check(@Observes StartupEvent start, OktaAuthorization authorization, SwitchboardConfig config) {
        authorization.toString();
        LOG.infof("Okta API auth: %s", config.okta().auth().name().toLowerCase());
    }
}
