package dev.switchboard.reconciler.messaging;

/** A record that can never be applied (retrying cannot help): it goes to the dead-letter topic. */
public class InvalidRecordException extends RuntimeException {

    private final String code;

    public InvalidRecordException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
