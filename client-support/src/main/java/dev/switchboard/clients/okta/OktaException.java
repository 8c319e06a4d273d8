package dev.switchboard.clients.okta;

/** An Okta call that did not succeed, after the retries it deserved. */
public class OktaException extends RuntimeException {

    private final OktaError error;
    private final int attempts;
    private final boolean outcomeUnknown;

    public OktaException(String operation, OktaError error, int attempts, boolean outcomeUnknown) {
        super(operation + " failed after " + attempts + " attempt(s): " + error.toErrorDetail().message());
        this.error = error;
        this.attempts = attempts;
        this.outcomeUnknown = outcomeUnknown;
    }

    public OktaError error() {
        return error;
    }

    public int attempts() {
        return attempts;
    }

    /**
     * True when a request that must not be repeated blindly (a create) failed in a way that leaves open whether Okta
     * executed it (no response, 5xx): the caller must look before it tries again.
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
