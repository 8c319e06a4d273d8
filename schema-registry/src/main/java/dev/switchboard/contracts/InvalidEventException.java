package dev.switchboard.contracts;

/** A record that is not a valid event of its topic. Never retried: it goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(Topic<?> topic, String reason) {
        super("not a valid " + topic.name() + " event: " + reason);
    }

    public InvalidEventException(Topic<?> topic, String reason, Throwable cause) {
        super("not a valid " + topic.name() + " event: " + reason, cause);
    }
}
