package dev.switchboard.clients.ringcentral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.ErrorDetail;
import java.io.IOException;
import java.util.Set;

/**
 * A failed RingCentral call, read from its error body. Decisions use {@link #code()} (and the parameter name), never
 * the message, which RingCentral may reword or localise.
 *
 * @param code          RingCentral's errorCode (CMN-101, OAU-128, …), the OAuth {@code error} (invalid_grant), or a
 *                      Switchboard code when the body said nothing usable
 * @param message       the reason as RingCentral gave it
 * @param parameterName the parameter the error is about, if any
 * @param httpStatus    the HTTP status, or {@code null} when no response arrived
 */
public record RingCentralError(String code, String message, String parameterName, Integer httpStatus) {

    /** Codes that mean "try again later" whatever the status ([docs] errors.md). */
    private static final Set<String> RETRYABLE_CODES = Set.of("CMN-201", "CMN-203");
    /** "Not supported" comes as 501 but never succeeds later. */
    private static final Set<String> PERMANENT_CODES = Set.of("CMN-202");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BODY_IN_MESSAGE = 300;

    /**
     * Reads an error body in any of RingCentral's shapes: the standard {@code {"errors":[{errorCode, message,
     * parameterName}]}}, the legacy one with a top-level (often symbolic) errorCode next to {@code errors[]}, the
     * legacy one with only the top-level fields, and the OAuth one ({@code {"error": "invalid_grant", …}}). The first
     * entry of {@code errors[]} wins because it carries the CMN-… code.
     */
    public static RingCentralError parse(int httpStatus, String body) {
        JsonNode json = readTree(body);
        if (json != null && json.isObject()) {
            JsonNode first = json.path("errors").path(0);
            if (first.hasNonNull("errorCode")) {
                return new RingCentralError(first.get("errorCode").asText(), text(first, "message"),
                        firstText(first, json, "parameterName"), httpStatus);
            }
            if (json.hasNonNull("errorCode")) {
                return new RingCentralError(json.get("errorCode").asText(), text(json, "message"),
                        text(json, "parameterName"), httpStatus);
            }
            if (json.hasNonNull("error")) {
                String message = json.hasNonNull("error_description") ? text(json, "error_description") : text(json, "message");
                return new RingCentralError(json.get("error").asText(), message, null, httpStatus);
            }
        }
        return new RingCentralError("HTTP-" + httpStatus, abbreviate(body), null, httpStatus);
    }

    /** No response arrived (connection refused, timeout, reset). */
    public static RingCentralError transport(String message) {
        return new RingCentralError("SWB-TRANSPORT", message, null, null);
    }

    /** Worth trying again: no response, 429, 5xx (except "not supported"), or a code RingCentral calls temporary. */
    public boolean retryable() {
        if (PERMANENT_CODES.contains(code)) {
            return false;
        }
        return httpStatus == null || httpStatus == 429 || httpStatus >= 500 || RETRYABLE_CODES.contains(code);
    }

    /**
     * The extension a path parameter named does not exist (any more): CMN-102, or a 404 carrying a RingCentral error
     * code other than CMN-120 (invalid URI). A bare 404 without a RingCentral body may be a wrong base URL or a proxy,
     * so it does not count as "gone".
     */
    public boolean extensionGone() {
        if ("CMN-102".equals(code)) {
            return true;
        }
        return Integer.valueOf(404).equals(httpStatus) && !"CMN-120".equals(code) && !code.startsWith("HTTP-");
    }

    /** As carried in results and dead letters. */
    public ErrorDetail toErrorDetail() {
        String text = message == null || message.isBlank() ? code : message;
        if (parameterName != null && !text.contains(parameterName)) {
            text = text + " (parameter " + parameterName + ")";
        }
        return new ErrorDetail(code, text, httpStatus);
    }

    private static JsonNode readTree(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String firstText(JsonNode preferred, JsonNode fallback, String field) {
        String value = text(preferred, field);
        return value != null ? value : text(fallback, field);
    }

    private static String abbreviate(String body) {
        if (body == null || body.isBlank()) {
            return "empty response body";
        }
        return body.length() <= MAX_BODY_IN_MESSAGE ? body : body.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }
}
