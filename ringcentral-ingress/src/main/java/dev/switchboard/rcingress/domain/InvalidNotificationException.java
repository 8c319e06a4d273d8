package dev.switchboard.rcingress.domain;

/** A webhook body that is not a RingCentral notification; the reason goes back to the caller in a 400. */
public class InvalidNotificationException extends RuntimeException {

    public InvalidNotificationException(String message) {
        super(message);
    }
}
