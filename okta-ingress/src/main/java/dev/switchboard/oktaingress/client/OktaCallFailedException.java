package dev.switchboard.oktaingress.client;

/** An Okta call that did not succeed, after the retries it deserved. */
public class OktaCallFailedException extends RuntimeException {

    private final String code;
    private final Integer httpStatus;
    private final int attempts;

    OktaCallFailedException(String message, String code, Integer httpStatus, int attempts, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.httpStatus = httpStatus;
        this.attempts = attempts;
    }

    /** Okta's errorCode (E0000…) when it sent one, else OKTA_HTTP_&lt;status&gt; or OKTA_UNREACHABLE. */
    public String code() {
        return code;
    }

    /** The last HTTP status, or null when no response came. */
    public Integer httpStatus() {
        return httpStatus;
    }

    public int attempts() {
        return attempts;
    }
}
