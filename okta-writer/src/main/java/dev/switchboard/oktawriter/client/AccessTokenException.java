package dev.switchboard.oktawriter.client;

import dev.switchboard.oktawriter.domain.OktaError;

/** No access token for the service app: the token endpoint refused it or could not be reached. */
class AccessTokenException extends RuntimeException {

    private final OktaError error;

    AccessTokenException(OktaError error, Throwable cause) {
        super(error.code() + " " + error.summary(), cause);
        this.error = error;
    }

    OktaError error() {
        return error;
    }
}
