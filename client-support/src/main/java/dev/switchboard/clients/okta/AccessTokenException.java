package dev.switchboard.clients.okta;

/** No access token for the service app: the token endpoint refused it or could not be reached. */
public class AccessTokenException extends RuntimeException {

    private final OktaError error;

    public AccessTokenException(OktaError error, Throwable cause) {
        super(error.code() + " " + error.summary(), cause);
        this.error = error;
    }

    /** Why: {@link OktaError#TOKEN_REFUSED} (a configuration to fix) or {@link OktaError#TOKEN_UNAVAILABLE}. */
    public OktaError error() {
        return error;
    }
}
