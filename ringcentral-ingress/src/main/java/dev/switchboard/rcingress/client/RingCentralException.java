package dev.switchboard.rcingress.client;

import dev.switchboard.clients.ringcentral.RingCentralError;

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

    public int attempts() {
        return attempts;
    }
}
