package dev.switchboard.oktaingress.domain;

/** A hook request body that is not an Okta event hook delivery; the reason goes back to the caller. */
public class InvalidDeliveryException extends RuntimeException {

    public InvalidDeliveryException(String reason) {
        super(reason);
    }

    public InvalidDeliveryException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
