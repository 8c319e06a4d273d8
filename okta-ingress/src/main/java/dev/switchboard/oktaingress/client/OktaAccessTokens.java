package dev.switchboard.oktaingress.client;

import io.quarkus.oidc.client.runtime.AbstractTokensProducer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Access tokens of the Okta service app from the quarkus-oidc-client named client {@code okta} (client credentials,
 * private_key_jwt, configured under {@code quarkus.oidc-client.okta.*}). The library signs the client assertion,
 * caches the token and fetches a new one shortly before it expires.
 */
@ApplicationScoped
public class OktaAccessTokens extends AbstractTokensProducer {

    static final String CLIENT = "okta";

    @Override
    protected Optional<String> clientId() {
        return Optional.of(CLIENT);
    }
}
