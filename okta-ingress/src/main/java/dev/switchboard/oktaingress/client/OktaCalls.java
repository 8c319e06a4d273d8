package dev.switchboard.oktaingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.RetryDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs one Okta call with the auth header, retrying 5xx and timeouts with exponential backoff and 429s after
 * X-Rate-Limit-Reset. Other answers (2xx, 4xx) go back to the caller as they are.
 */
@ApplicationScoped
class OktaCalls {

    private static final Logger LOG = Logger.getLogger(OktaCalls.class);

    private final SwitchboardConfig.Okta config;
    private final String authorization;

    OktaCalls(SwitchboardConfig config) {
        this.config = config.okta();
        this.authorization = "SSWS " + config.okta().apiToken();
    }

    /** The answer with a status below 500 other than 429; a final 5xx, 429 or timeout fails. */
    Answer call(String what, Function<String, Response> call) {
        int attempts = Math.max(1, config.maxAttempts());
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = call.apply(authorization);
            } catch (WebApplicationException e) {
                response = e.getResponse();
            } catch (ProcessingException e) {
                if (attempt >= attempts) {
                    throw new OktaCallFailedException(what + " failed: " + e.getMessage(), "OKTA_UNREACHABLE", null,
                            attempt, e);
                }
                pause(what, "no answer", RetryDelay.backoff(attempt, config.initialBackoff(), config.maxWait()));
                continue;
            }
            int status = response.getStatus();
            if (status != 429 && status < 500) {
                return new Answer(status, status == 204 ? null : body(response));
            }
            JsonNode body = body(response);
            if (attempt >= attempts) {
                throw new OktaCallFailedException(what + " answered " + status + " after " + attempt + " attempts",
                        errorCode(body, status), status, attempt, null);
            }
            Duration wait = status == 429
                    ? RetryDelay.untilRateLimitReset(headers(response, "X-Rate-Limit-Reset"), serverDate(response),
                            Instant.now(), RetryDelay.backoff(attempt, config.initialBackoff(), config.maxWait()),
                            config.maxWait())
                    : RetryDelay.backoff(attempt, config.initialBackoff(), config.maxWait());
            pause(what, String.valueOf(status), wait);
        }
    }

    static String errorCode(JsonNode body, int status) {
        if (body != null && body.path("errorCode").isTextual()) {
            return body.path("errorCode").asText();
        }
        return "OKTA_HTTP_" + status;
    }

    private static JsonNode body(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(JsonNode.class) : null;
        } catch (RuntimeException e) {
            // an error page that is not JSON; the status says enough
            return null;
        }
    }

    private static List<String> headers(Response response, String name) {
        List<String> values = response.getStringHeaders().get(name);
        return values == null ? List.of() : values;
    }

    private static Optional<Instant> serverDate(Response response) {
        String date = response.getHeaderString("Date");
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void pause(String what, String why, Duration wait) {
        LOG.infof("%s: %s, retrying in %d ms", what, why, wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OktaCallFailedException(what + " interrupted", "INTERRUPTED", null, 0, e);
        }
    }

    /** A final answer: its status and JSON body (null when none). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** This answer when it is a 2xx with a JSON body; fails with Okta's error code otherwise. */
        Answer require(String what) {
            if (!ok() || body == null) {
                throw new OktaCallFailedException(what + " answered " + status, errorCode(body, status), status, 1, null);
            }
            return this;
        }
    }
}
