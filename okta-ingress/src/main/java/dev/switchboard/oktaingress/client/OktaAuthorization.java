package dev.switchboard.oktaingress.client;

/** The {@code Authorization} header of an Okta management API call, asked for anew before every attempt. */
@FunctionalInterface
interface OktaAuthorization {

    String header();

    /** An API token: {@code SSWS <token>}. */
    static OktaAuthorization ssws(String token) {
        String header = "SSWS " + token;
        return () -> header;
    }

    /** An OAuth access token of the service app; the library caches it and gets a new one before it expires. */
    static OktaAuthorization bearer(OktaAccessTokens tokens) {
        return () -> "Bearer " + tokens.awaitTokens().getAccessToken();
    }
}
