package dev.switchboard.sandbox.domain.okta;

import java.util.List;

/** An Okta API error: HTTP status plus Okta's errorCode / errorSummary / errorCauses. */
public final class OktaApiException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final List<String> causes;

    public OktaApiException(int status, String errorCode, String summary, List<String> causes) {
        super(summary);
        this.status = status;
        this.errorCode = errorCode;
        this.causes = List.copyOf(causes);
    }

    public static OktaApiException notFound(String id, String kind) {
        return new OktaApiException(404, "E0000007", "Not found: Resource not found: " + id + " (" + kind + ")", List.of());
    }

    public static OktaApiException validation(String... causes) {
        return new OktaApiException(400, "E0000001", "Api validation failed", List.of(causes));
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public String summary() {
        return getMessage();
    }

    public List<String> causes() {
        return causes;
    }
}
