package dev.switchboard.oktawriter.client;

import dev.switchboard.oktawriter.domain.AccessTokenCache;

/** The {@code Authorization} header of an Okta management API call, asked for anew before every attempt. */
interface OktaAuthorization {

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
}
