package dev.switchboard.clients.okta;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The {@code Authorization} header of an Okta management API call, asked for anew before every attempt. */
public interface OktaAuthorization {

    /** Where the OIDC client may find the service app's private key: inline PEM, a PEM file, or a key store. */
    List<String> PRIVATE_KEY_PROPERTIES = List.of(
            "quarkus.oidc-client.okta.credentials.jwt.key",
            "quarkus.oidc-client.okta.credentials.jwt.key-file",
            "quarkus.oidc-client.okta.credentials.jwt.key-store-file");

    /**
     * The header value; with OAuth it may first fetch an access token.
     *
     * @throws AccessTokenException when no access token could be obtained
     */
    String header();

    /**
     * Okta answered 401 to {@code rejected}: whether a call sent again may carry a different header. With OAuth the
     * refused token is dropped and the next {@link #header()} fetches a new one; an SSWS token stays what it is.
     */
    boolean renew(String rejected);

    /** An API token: {@code SSWS <token>}. */
    static OktaAuthorization ssws(String token) {
        String header = "SSWS " + token;
        return new OktaAuthorization() {
            @Override
            public String header() {
                return header;
            }

            @Override
            public boolean renew(String rejected) {
                return false;
            }

            @Override
            public String toString() {
                return "SSWS";
            }
        };
    }

    /** An OAuth access token of the service app, shared and renewed by {@code tokens}. */
    static OktaAuthorization bearer(AccessTokenCache tokens) {
        String scheme = "Bearer ";
        return new OktaAuthorization() {
            @Override
            public String header() {
                return scheme + tokens.token();
            }

            @Override
            public boolean renew(String rejected) {
                if (rejected != null && rejected.startsWith(scheme)) {
                    tokens.refused(rejected.substring(scheme.length()));
                }
                return true;
            }

            @Override
            public String toString() {
                return "Bearer";
            }
        };
    }

    /**
     * The authorization {@code switchboard.okta.auth} asks for, refusing a half-configured one so that the service
     * stops at start instead of at its first call.
     *
     * @param apiToken      switchboard.okta.api-token (needed with ssws)
     * @param clientId      switchboard.okta.client-id (needed with oauth, with one of {@link #PRIVATE_KEY_PROPERTIES})
     * @param property      reads a configuration property, for the service app's private key
     * @param refreshBefore how long before expiry an access token is replaced
     * @param fetch         asks the token endpoint for an access token (used with oauth only)
     * @throws IllegalStateException naming what is missing
     */
    static OktaAuthorization configured(OktaAuth auth, Optional<String> apiToken, Optional<String> clientId,
                                        Function<String, Optional<String>> property, Duration refreshBefore,
                                        Supplier<AccessTokenCache.Issued> fetch) {
        return switch (auth) {
            case SSWS -> ssws(apiToken.filter(t -> !t.isBlank()).orElseThrow(() ->
                    new IllegalStateException("switchboard.okta.auth=ssws needs switchboard.okta.api-token "
                            + "(SWITCHBOARD_OKTA_API_TOKEN)")));
            case OAUTH -> {
                boolean keyGiven = PRIVATE_KEY_PROPERTIES.stream()
                        .anyMatch(name -> property.apply(name).filter(v -> !v.isBlank()).isPresent());
                if (clientId.filter(id -> !id.isBlank()).isEmpty() || !keyGiven) {
                    throw new IllegalStateException("switchboard.okta.auth=oauth needs switchboard.okta.client-id "
                            + "(SWITCHBOARD_OKTA_CLIENT_ID) and the service app's private key "
                            + "(QUARKUS_OIDC_CLIENT_OKTA_CREDENTIALS_JWT_KEY or _KEY_FILE)");
                }
                yield bearer(new AccessTokenCache(InstantSource.system(), refreshBefore, fetch));
            }
        };
    }
}
