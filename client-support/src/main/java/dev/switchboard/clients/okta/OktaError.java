package dev.switchboard.clients.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.contracts.ErrorDetail;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A failed Okta call, read from Okta's error body ({@code errorCode, errorSummary, errorCauses[].errorSummary}).
 * Decisions use the HTTP status and {@link #code()}, never the summary, which Okta may reword (spec §2.6).
 *
 * @param code       Okta's errorCode (E0000023, …) or a Switchboard code when the body said nothing usable
 * @param summary    Okta's errorSummary
 * @param causes     the errorSummary of each errorCauses entry (field-level details)
 * @param httpStatus the HTTP status, or {@code null} when no response arrived
 */
public record OktaError(String code, String summary, List<String> causes, Integer httpStatus) {

    /** Writing an attribute another system masters: user profile (E0000023), app user (E0000076), reserved (E0000081). */
    public static final Set<String> MASTERED_ELSEWHERE = Set.of("E0000023", "E0000076", "E0000081");
    /** "User still being activated, retry in a few minutes": a 409 that succeeds later. */
    static final String STILL_ACTIVATING = "E0000112";
    /** The token endpoint refused the service app (invalid_client, invalid_scope, …): a configuration to fix. */
    public static final String TOKEN_REFUSED = "SWB-OKTA-TOKEN-REFUSED";
    /** No access token could be obtained (token endpoint unreachable, 5xx, no answer in time). */
    public static final String TOKEN_UNAVAILABLE = "SWB-OKTA-TOKEN-UNAVAILABLE";
    /** No response arrived. */
    public static final String TRANSPORT = "SWB-TRANSPORT";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BODY_IN_MESSAGE = 300;

    public OktaError {
        causes = causes == null ? List.of() : List.copyOf(causes);
    }

    /** Reads an error answer; a body that is not Okta's error object keeps the status and a short excerpt. */
    public static OktaError parse(int httpStatus, String body) {
        return parse(httpStatus, body, null);
    }

    /**
     * Reads an error answer and the Bearer challenge that came with it ({@code WWW-Authenticate}, may be null): a
     * missing scope or a refused token is added to the causes, naming the scope, so that whoever reads the result or
     * dead letter knows what to grant.
     */
    public static OktaError parse(int httpStatus, String body, String wwwAuthenticate) {
        OktaError error = parseBody(httpStatus, body);
        return BearerChallenge.parse(wwwAuthenticate).map(challenge -> error.withChallenge(challenge)).orElse(error);
    }

    /**
     * The token request failed; {@code detail} is what the OIDC client reported: the token endpoint's error body
     * ({@code {"error":"invalid_client","error_description":"…"}}) when it answered with an error, else why there was
     * no answer. Nothing in it is secret: the endpoint never echoes the client assertion.
     */
    public static OktaError tokenRequestFailed(String detail) {
        JsonNode json = readTree(detail);
        if (json != null && json.hasNonNull("error")) {
            List<String> causes = json.hasNonNull("error_description")
                    ? List.of(json.get("error_description").asText()) : List.of();
            return new OktaError(TOKEN_REFUSED, "Okta's token endpoint refused the service app: "
                    + json.get("error").asText(), causes, null);
        }
        return new OktaError(TOKEN_UNAVAILABLE, "no access token from Okta's token endpoint: " + abbreviate(detail),
                List.of(), null);
    }

    private static OktaError parseBody(int httpStatus, String body) {
        JsonNode json = readTree(body);
        if (json != null && json.hasNonNull("errorCode")) {
            List<String> causes = new ArrayList<>();
            for (JsonNode cause : json.path("errorCauses")) {
                if (cause.hasNonNull("errorSummary")) {
                    causes.add(cause.get("errorSummary").asText());
                }
            }
            String summary = json.hasNonNull("errorSummary") ? json.get("errorSummary").asText() : null;
            return new OktaError(json.get("errorCode").asText(), summary, causes, httpStatus);
        }
        return new OktaError("HTTP-" + httpStatus, abbreviate(body), List.of(), httpStatus);
    }

    /** No response arrived (connection refused, timeout, reset). */
    public static OktaError transport(String message) {
        return new OktaError(TRANSPORT, message, List.of(), null);
    }

    /** Okta's own errorCode (E0000…); empty when no answer came or its body carried none. */
    public Optional<String> oktaCode() {
        return httpStatus == null || code.equals("HTTP-" + httpStatus) ? Optional.empty() : Optional.of(code);
    }

    /** Worth trying again: no response (a token refused by the token endpoint excepted), 429, 5xx, or Okta's "still activating". */
    public boolean retryable() {
        if (TOKEN_REFUSED.equals(code)) {
            return false;
        }
        return httpStatus == null || httpStatus == 429 || httpStatus >= 500 || STILL_ACTIVATING.equals(code);
    }

    /** The If-Match ETag no longer matches: the user changed between our read and our write. */
    public boolean preconditionFailed() {
        return Integer.valueOf(412).equals(httpStatus);
    }

    /** The object a path named does not exist (E0000007 or a bare 404). */
    public boolean notFound() {
        return Integer.valueOf(404).equals(httpStatus);
    }

    /** Okta refused because the attribute or profile is mastered by another system. */
    public boolean masteredElsewhere() {
        return MASTERED_ELSEWHERE.contains(code);
    }

    /** The access token lacks a scope the call needs (403 with {@code error="insufficient_scope"}). */
    public boolean insufficientScope() {
        return causes.stream().anyMatch(cause -> cause.startsWith(BearerChallenge.INSUFFICIENT_SCOPE));
    }

    private OktaError withChallenge(BearerChallenge challenge) {
        if (challenge.error() == null) {
            return this;
        }
        String cause;
        if (challenge.insufficientScope()) {
            cause = BearerChallenge.INSUFFICIENT_SCOPE + ": the access token lacks "
                    + (challenge.scope() == null || challenge.scope().isBlank() ? "a scope this call needs"
                    : "the scope " + challenge.scope())
                    + "; grant it to the Okta service app and add it to quarkus.oidc-client.okta.scopes";
        } else {
            cause = challenge.error() + (challenge.errorDescription() == null ? "" : ": " + challenge.errorDescription());
        }
        List<String> all = new ArrayList<>(causes);
        all.add(cause);
        return new OktaError(code, summary, all, httpStatus);
    }

    /** As carried in results and dead letters: the code, the summary and its causes. */
    public ErrorDetail toErrorDetail() {
        String text = summary == null || summary.isBlank() ? code : summary;
        if (!causes.isEmpty()) {
            text = text + ": " + String.join("; ", causes);
        }
        if (masteredElsewhere()) {
            text = text + " (mastered by another system; Okta will not take this write)";
        }
        return new ErrorDetail(code, text, httpStatus);
    }

    private static JsonNode readTree(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode json = MAPPER.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        if (body == null || body.isBlank()) {
            return "empty response body";
        }
        return body.length() <= MAX_BODY_IN_MESSAGE ? body : body.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }
}
