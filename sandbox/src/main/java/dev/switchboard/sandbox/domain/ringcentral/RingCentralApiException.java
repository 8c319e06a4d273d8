package dev.switchboard.sandbox.domain.ringcentral;

/** A RingCentral API error: HTTP status plus {@code errors[0]} (errorCode, message, parameterName). */
public final class RingCentralApiException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final String parameterName;
    private final String parameterValue;

    public RingCentralApiException(int status, String errorCode, String message, String parameterName,
                                   String parameterValue) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
    }

    /** CMN-101: a parameter value is invalid (bad syntax, duplicate email, …). */
    public static RingCentralApiException invalid(String parameterName, String value) {
        return new RingCentralApiException(400, "CMN-101", "Parameter [" + parameterName + "] value is invalid",
                parameterName, value);
    }

    /** CMN-102 with 404: the resource a path parameter names does not exist. */
    public static RingCentralApiException notFound(String parameterName, String value) {
        return new RingCentralApiException(404, "CMN-102", "Resource for parameter [" + parameterName + "] is not found",
                parameterName, value);
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public String parameterName() {
        return parameterName;
    }

    public String parameterValue() {
        return parameterValue;
    }
}
