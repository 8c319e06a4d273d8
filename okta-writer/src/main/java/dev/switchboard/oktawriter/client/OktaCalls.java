package dev.switchboard.oktawriter.client;

import dev.switchboard.oktawriter.config.WriterConfig;
import dev.switchboard.clients.Backoff;
import dev.switchboard.oktawriter.domain.OktaError;
import dev.switchboard.oktawriter.domain.RateLimitReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs one logical Okta request: adds the {@code Authorization} of the configured mode (SSWS token or the service
 * app's bearer token; a bearer token refused with 401 is renewed and the request sent once more), holds one of at most
 * {@code switchboard.okta.max-concurrency} in-flight permits while the call runs, retries what is temporary (no
 * response, 5xx, E0000112) with exponential backoff and full jitter, and after a 429 blocks the endpoint family until
 * {@code X-Rate-Limit-Reset}. Anything else that is not a 2xx becomes an {@link OktaException} with Okta's error.
 *
 * <p>Blocking by design: it runs on the consumer's worker thread, which must wait anyway.
 */
@ApplicationScoped
class OktaCalls {

    private static final Logger LOG = Logger.getLogger(OktaCalls.class);

    private final OktaAuthorization authorization;
    private final Semaphore inFlight;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Duration maxRateLimitWait;
    /** Endpoint families blocked after a 429, until Okta's window resets (on our clock). */
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    @Inject
    OktaCalls(WriterConfig config, OktaAuthorization authorization) {
        this.authorization = authorization;
        this.inFlight = new Semaphore(Math.max(1, config.okta().maxConcurrency()), true);
        this.backoff = new Backoff(config.retry().initialBackoff(), config.retry().maxBackoff());
        this.maxAttempts = Math.max(1, config.retry().maxAttempts());
        this.maxRateLimitWait = config.retry().maxRateLimitWait();
    }

    /** Whether a request may simply be sent again after a failure that leaves its effect unknown. */
    enum Repeat {
        /** Reads, partial updates to target values, lifecycle calls, assignments: sending again does no harm. */
        SAFE,
        /**
         * Creates: only a 429 (refused before anything happened) is retried here; no response or a 5xx ends in an
         * {@link OktaException#outcomeUnknown()} so the caller looks before it tries again.
         */
        LOOK_FIRST
    }

    /** A 2xx answer: status, body (may be empty) and ETag. */
    record Answer(int status, String body, String etag) {
    }

    /**
     * Sends a request until it succeeds or fails for good.
     *
     * @param operation what is called, for logs and errors (no secrets, no personal data)
     * @param family    the endpoint family Okta rate-limits it with, e.g. {@code /api/v1/users}
     * @param send      sends one request, given the Authorization header value
     */
    Attempted<Answer> execute(String operation, String family, Repeat repeat, Function<String, Response> send) {
        int attempts = 0;
        // the call after a renewed token is extra: a refused token does not use up the retries of 5xx and 429s
        int allowed = maxAttempts;
        boolean renewed = false;
        OktaError last = null;
        while (attempts < allowed) {
            waitIfBlocked(operation, family);
            attempts++;
            Duration wait = Duration.ZERO;
            String header;
            try {
                header = authorization.header();
            } catch (AccessTokenException e) {
                // nothing was sent, so even a create may simply be tried again
                last = e.error();
                if (!last.retryable()) {
                    throw new OktaException(operation, last, attempts, false);
                }
                if (attempts < allowed) {
                    sleep(operation, backoff(attempts));
                }
                continue;
            }
            acquire(operation);
            try {
                Response response;
                try {
                    response = send.apply(header);
                } catch (WebApplicationException e) {
                    response = e.getResponse();
                } catch (ProcessingException e) {
                    last = OktaError.transport(String.valueOf(e.getMessage()));
                    LOG.warnf("%s: no answer (attempt %d/%d): %s", operation, attempts, allowed, e.getMessage());
                    if (repeat == Repeat.LOOK_FIRST) {
                        throw new OktaException(operation, last, attempts, true);
                    }
                    wait = backoff(attempts);
                    response = null;
                }
                if (response != null) {
                    try (Response answer = response) {
                        int status = answer.getStatus();
                        String body = answer.hasEntity() ? answer.readEntity(String.class) : "";
                        String requestId = answer.getHeaderString("X-Okta-Request-Id");
                        if (status >= 200 && status < 300) {
                            LOG.debugf("%s: HTTP %d (X-Okta-Request-Id %s, attempt %d)", operation, status, requestId,
                                    attempts);
                            return new Attempted<>(new Answer(status, body, answer.getHeaderString("ETag")), attempts);
                        }
                        last = OktaError.parse(status, body, answer.getHeaderString("WWW-Authenticate"));
                        LOG.warnf("%s: HTTP %d %s (X-Okta-Request-Id %s, attempt %d/%d)", operation, status,
                                last.code(), requestId, attempts, allowed);
                        if (status == 401 && !renewed && authorization.renew(header)) {
                            // expired early or revoked: a 401 is refused before anything happens, so a create too
                            // may be sent again; once only, a second 401 is a configuration to fix
                            renewed = true;
                            allowed++;
                            LOG.infof("%s: access token refused, sending once more with a new one", operation);
                            continue;
                        }
                        if (!last.retryable()) {
                            throw new OktaException(operation, last, attempts, false);
                        }
                        if (repeat == Repeat.LOOK_FIRST && status != 429) {
                            // a 5xx may come after Okta acted; a 429 is refused before anything happens
                            throw new OktaException(operation, last, attempts, true);
                        }
                        if (status == 429) {
                            wait = RateLimitReset.wait(headers(answer, "X-Rate-Limit-Limit"),
                                    headers(answer, "X-Rate-Limit-Reset"), serverDate(answer), Instant.now(),
                                    backoff.ceiling(attempts), maxRateLimitWait);
                            // every call of the family would only collect more 429s until the window turns over
                            blockedUntil.merge(family, Instant.now().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
                        } else {
                            wait = backoff(attempts);
                        }
                    }
                }
            } finally {
                inFlight.release();
            }
            if (attempts < allowed) {
                sleep(operation, wait);
            }
        }
        throw new OktaException(operation, last, attempts, false);
    }

    /** Waits the backoff before retry {@code retry} (1-based) of a caller's own retry loop. */
    void pause(String operation, int retry) {
        sleep(operation, backoff(retry));
    }

    private Duration backoff(int retry) {
        return backoff.delay(retry, () -> ThreadLocalRandom.current().nextDouble());
    }

    private void waitIfBlocked(String operation, String family) {
        Instant until = blockedUntil.get(family);
        if (until == null) {
            return;
        }
        Duration wait = Duration.between(Instant.now(), until);
        if (wait.isNegative() || wait.isZero()) {
            blockedUntil.remove(family, until);
            return;
        }
        LOG.infof("%s: %s is rate-limited; waiting %d ms for its reset", operation, family, wait.toMillis());
        sleep(operation, wait);
    }

    private void acquire(String operation) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(operation + " interrupted while waiting for a free Okta call", e);
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

    private static void sleep(String operation, Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(operation + " interrupted while waiting to call Okta again", e);
        }
    }
}
