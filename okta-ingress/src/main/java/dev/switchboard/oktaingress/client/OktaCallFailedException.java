package dev.switchboard.oktaingress.client;

import dev.switchboard.clients.okta.OktaError;
import dev.switchboard.clients.okta.OktaException;

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

    /** The shared client's failure, its message naming Okta's causes (a missing scope among them). */
    static OktaCallFailedException of(OktaException e) {
        OktaError error = e.error();
        String code;
        if (error.httpStatus() != null) {
            code = error.oktaCode().orElse("OKTA_HTTP_" + error.httpStatus());
        } else {
            code = OktaError.TRANSPORT.equals(error.code()) ? "OKTA_UNREACHABLE" : error.code();
        }
        return new OktaCallFailedException(e.getMessage(), code, error.httpStatus(), e.attempts(), e);
    }

    /**
     * Okta's errorCode (E0000…) when it sent one, else OKTA_HTTP_&lt;status&gt;, OKTA_UNREACHABLE, or the service
     * app's SWB-OKTA-TOKEN-REFUSED / SWB-OKTA-TOKEN-UNAVAILABLE when no access token could be had.
     */
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
