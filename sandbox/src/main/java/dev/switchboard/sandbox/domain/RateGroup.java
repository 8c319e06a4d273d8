package dev.switchboard.sandbox.domain;

/** RingCentral usage-plan groups ({@code x-throttling-group} in the OpenAPI description). */
public enum RateGroup {
    LIGHT("Light"), MEDIUM("Medium"), HEAVY("Heavy"), AUTH("Auth");

    private final String headerValue;

    RateGroup(String headerValue) {
        this.headerValue = headerValue;
    }

    /** The value RingCentral sends in {@code X-Rate-Limit-Group}. */
    public String headerValue() {
        return headerValue;
    }
}
