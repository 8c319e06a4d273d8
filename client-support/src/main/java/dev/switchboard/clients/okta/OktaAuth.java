package dev.switchboard.clients.okta;

/** How a service authenticates to the Okta management API ({@code switchboard.okta.auth}). */
public enum OktaAuth {
    /** {@code Authorization: SSWS <api token>}. */
    SSWS,
    /** OAuth 2.0 service app, private_key_jwt, through the quarkus-oidc-client named client {@code okta}. */
    OAUTH
}
