package dev.switchboard.oktawriter.client;

import dev.switchboard.oktawriter.config.WriterConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Chooses how Okta calls authenticate ({@code switchboard.okta.auth}) and refuses to start half-configured. */
@ApplicationScoped
class OktaAuthorizations {

    private static final Logger LOG = Logger.getLogger(OktaAuthorizations.class);
    /** Where the OIDC client may find the service app's private key: inline PEM, a PEM file, or a key store. */
    private static final String[] KEY_PROPERTIES = {
        "quarkus.oidc-client.okta.credentials.jwt.key",
        "quarkus.oidc-client.okta.credentials.jwt.key-file",
        "quarkus.oidc-client.okta.credentials.jwt.key-store-file"};

    @Produces
    @ApplicationScoped
    OktaAuthorization authorization(WriterConfig config, Config properties, Instance<OktaAccessTokens> tokens) {
        WriterConfig.Okta okta = config.okta();
        return switch (okta.auth()) {
            case SSWS -> OktaAuthorization.ssws(okta.apiToken().filter(t -> !t.isBlank()).orElseThrow(() ->
                    new IllegalStateException("switchboard.okta.auth=ssws needs switchboard.okta.api-token "
                            + "(SWITCHBOARD_OKTA_API_TOKEN)")));
            case OAUTH -> {
                boolean keyGiven = Stream.of(KEY_PROPERTIES).anyMatch(name ->
                        properties.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent());
                if (okta.clientId().filter(id -> !id.isBlank()).isEmpty() || !keyGiven) {
                    throw new IllegalStateException("switchboard.okta.auth=oauth needs switchboard.okta.client-id "
                            + "(SWITCHBOARD_OKTA_CLIENT_ID) and the service app's private key "
                            + "(QUARKUS_OIDC_CLIENT_OKTA_CREDENTIALS_JWT_KEY or _KEY_FILE)");
                }
                yield OktaAuthorization.bearer(tokens.get().cache());
            }
        };
    }

    // resolve the producer at start, so a missing token, client id or key stops the service instead of the first call
    void check(@Observes StartupEvent start, OktaAuthorization authorization, WriterConfig config) {
        LOG.infof("Okta API auth: %s (%s)", config.okta().auth().name().toLowerCase(), authorization);
    }
}
