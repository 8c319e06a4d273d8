package dev.switchboard.sandbox.domain.oauth;

/** An OAuth 2.0 token endpoint error (RFC 6749 §5.2): status, {@code error} and {@code error_description}. */
public final class OAuthException extends RuntimeException {

    private final int status;
    private final String error;

    public OAuthException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    public static OAuthException invalidClient(String description) {
        return new OAuthException(401, "invalid_client", description);
    }

    public static OAuthException invalidScope(String description) {
        return new OAuthException(400, "invalid_scope", description);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
