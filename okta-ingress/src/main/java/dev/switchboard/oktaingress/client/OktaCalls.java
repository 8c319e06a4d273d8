package dev.switchboard.oktaingress.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.oktaingress.config.SwitchboardConfig;
import dev.switchboard.oktaingress.domain.RatePacing;
import dev.switchboard.oktaingress.domain.RetryDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs one Okta call with the auth header, retrying 5xx and timeouts with exponential backoff and 429s after
 * X-Rate-Limit-Reset. At most {@code switchboard.okta.max-concurrency} calls are in flight at once, and a family of
 * endpoints whose X-Rate-Limit-Remaining ran low waits for its reset before the next call. Other answers (2xx, 4xx)
 * go back to the caller as they are.
 */
@ApplicationScoped
class OktaCalls {

    private static final Logger LOG = Logger.getLogger(OktaCalls.class);

    private final SwitchboardConfig.Okta config;
    private final OktaAuthorization authorization;
    private final Semaphore inFlight;
    private final RatePacing pacing;

    @Inject
    OktaCalls(SwitchboardConfig config, OktaAuthorization authorization) {
        this.config = config.okta();
        this.authorization = authorization;
        this.inFlight = new Semaphore(Math.max(1, config.okta().maxConcurrency()), true);
        this.pacing = new RatePacing(Clock.systemUTC(), config.okta().slowDownBelow(), config.okta().maxWait());
    }

    /**
     * The answer with a status below 500 other than 429; a final 5xx, 429 or timeout fails.
     *
     * @param family the endpoint family for rate-limit pacing, see {@link RatePacing#family(String)}
     */
    Answer call(String family, String what, Function<String, Response> call) {
        int attempts = Math.max(1, config.maxAttempts());
        for (int attempt = 1; ; attempt++) {
            Duration paced = pacing.waitBefore(family);
            if (!paced.isZero()) {
                pause(what, "few calls left in the rate-limit window of " + family, paced);
            }
            Attempt outcome = attempt(family, what, call, attempt, attempts);
            if (outcome.answer() != null) {
                return outcome.answer();
            }
            pause(what, outcome.why(), outcome.delay());
        }
    }

    /** One try, holding one of the in-flight permits; either a final answer or how long to wait before the next. */
    private Attempt attempt(String family, String what, Function<String, Response> call, int attempt, int attempts) {
        acquire(what);
        try {
            Response response;
            try {
                response = call.apply(authorization.header());
            } catch (WebApplicationException e) {
                response = e.getResponse();
            } catch (ProcessingException e) {
                if (attempt >= attempts) {
                    throw new OktaCallFailedException(what + " failed: " + e.getMessage(), "OKTA_UNREACHABLE", null,
                            attempt, e);
                }
                return Attempt.retry("no answer", RetryDelay.backoff(attempt, config.initialBackoff(), config.maxWait()));
            }
            Optional<Instant> date = serverDate(response);
            pacing.observe(family, headers(response, "X-Rate-Limit-Limit"), headers(response, "X-Rate-Limit-Remaining"),
                    headers(response, "X-Rate-Limit-Reset"), date);
            int status = response.getStatus();
            if (status != 429 && status < 500) {
                return Attempt.done(new Answer(status, status == 204 ? null : body(response),
                        headers(response, "Link")));
            }
            JsonNode body = body(response);
            if (attempt >= attempts) {
                throw new OktaCallFailedException(what + " answered " + status + " after " + attempt + " attempts",
                        errorCode(body, status), status, attempt, null);
            }
            Duration wait = status == 429
                    ? RetryDelay.untilRateLimitReset(headers(response, "X-Rate-Limit-Reset"), date,
                            Instant.now(), RetryDelay.backoff(attempt, config.initialBackoff(), config.maxWait()),
                            config.maxWait())
                    : RetryDelay.backoff(attempt, config.initialBackoff(), config.maxWait());
            return Attempt.retry(String.valueOf(status), wait);
        } finally {
            inFlight.release();
        }
    }

    private void acquire(String what) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OktaCallFailedException(what + " interrupted", "INTERRUPTED", null, 0, e);
        }
    }

    private record Attempt(Answer answer, String why, Duration delay) {
        static Attempt done(Answer answer) {
            return new Attempt(answer, null, null);
        }

        static Attempt retry(String why, Duration wait) {
            return new Attempt(null, why, wait);
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

    /** A final answer: its status, JSON body (null when none) and Link headers (paging). */
    record Answer(int status, JsonNode body, List<String> links) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** This answer when it is a 2xx with a JSON body; fails with Okta's error code otherwise. */
        Answer require(String what) {
            if (!ok() || body == null) {
                throw new OktaCallFailedException(what + " answered " + status, errorCode(body, status), status, 1,
                        null);
            }
            return this;
        }
    }
}
