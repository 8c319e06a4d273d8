package dev.switchboard.clients.ringcentral;

/** A RingCentral call that did not succeed, after the retries it deserved. */
public class RingCentralException extends RuntimeException {

    private final RingCentralError error;
    private final int attempts;
    private final boolean outcomeUnknown;

    public RingCentralException(String operation, RingCentralError error, int attempts) {
        this(operation, error, attempts, false);
    }

    RingCentralException(String operation, RingCentralError error, int attempts, boolean outcomeUnknown) {
        super(operation + " failed after " + attempts + " attempt(s): " + error.code() + " " + error.message());
        this.error = error;
        this.attempts = attempts;
        this.outcomeUnknown = outcomeUnknown;
    }

    public RingCentralError error() {
        return error;
    }

    /** True when the failure was temporary (5xx, 429, CMN-201/203, no response) and only the attempts ran out. */
    public boolean retryable() {
        return error.retryable();
    }

    /**
     * True when a request that must not be repeated blindly (a create) failed in a way that leaves open whether
     * RingCentral executed it (no response, 5xx): the caller must look before it tries again.
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    public int attempts() {
        return attempts;
    }
}
