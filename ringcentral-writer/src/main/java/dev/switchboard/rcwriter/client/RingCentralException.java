package dev.switchboard.rcwriter.client;

import dev.switchboard.rcwriter.domain.RingCentralError;

/** A RingCentral call that did not succeed, after the retries it deserved. */
public class RingCentralException extends RuntimeException {

    private final RingCentralError error;
    private final int attempts;

    public RingCentralException(String operation, RingCentralError error, int attempts) {
        super(operation + " failed after " + attempts + " attempt(s): " + error.code() + " " + error.message());
        this.error = error;
        this.attempts = attempts;
    }

    public RingCentralError error() {
        return error;
    }

    /** True when the failure was temporary (5xx, 429, CMN-201/203, no response) and only the attempts ran out. */
    public boolean retryable() {
        return error.retryable();
    }

    public int attempts() {
        return attempts;
    }
}
