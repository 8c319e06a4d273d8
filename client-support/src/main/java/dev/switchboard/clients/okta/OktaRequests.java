package dev.switchboard.clients.okta;

import dev.switchboard.clients.Backoff;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * Runs one logical Okta request: adds the {@code Authorization} of the configured mode (a bearer token refused with 401
 * is renewed and the request sent once more; a second 401 is a configuration to fix), holds one of at most
 * {@code maxConcurrency} in-flight permits while the call runs, waits for the endpoint family's rate limit
 * ({@link OktaRateLimits}), retries what is temporary (no response, 5xx, 429, E0000112) with exponential backoff, and
 * fails with an {@link OktaException} carrying Okta's error otherwise — a missing scope
 * ({@code WWW-Authenticate: Bearer error="insufficient_scope"}) among the causes, naming the scope, and not retried.
 *
 * <p>Blocking by design: callers run on worker threads that must wait anyway. One instance per service, shared by all
 * its callers. Plain Java: the HTTP call is a function given per request; time, sleeping and jitter are injectable.
 */
public final class OktaRequests {

    private static final System.Logger LOG = System.getLogger(OktaRequests.class.getName());

    /** Whether a request may simply be sent again after a failure that leaves its effect unknown. */
    public enum Repeat {
        /** Reads, partial updates to target values, lifecycle calls, assignments: sending again does no harm. */
        SAFE,
        /**
         * Creates: only a 429 (refused before anything happened) is retried here; no response or a 5xx ends in an
         * {@link OktaException#outcomeUnknown()} so the caller looks before it tries again.
         */
        LOOK_FIRST
    }

    /**
     * How hard a service may push Okta.
     *
     * @param maxAttempts      most calls for one request, the first included (a call sent again after a renewed token
     *                         is extra)
     * @param maxConcurrency   most calls in flight at once (Okta's org-wide cap is 75, shared by all services)
     * @param backoff          the waits between retries, and after a 429 without a usable reset
     * @param jitter           full jitter (a random wait up to the backoff's ceiling) or the whole ceiling every time
     * @param maxRateLimitWait the longest wait for a rate limit's reset
     * @param slowDownBelow    see {@link OktaRateLimits}; 0 waits only after a 429
     */
    public record Limits(int maxAttempts, int maxConcurrency, Backoff backoff, boolean jitter,
                         Duration maxRateLimitWait, double slowDownBelow) {
    }

    /** Waits; {@link Thread#sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** No answer came: connection refused, timeout, reset. */
    public static final class Unreachable extends RuntimeException {
        public Unreachable(Throwable cause) {
            super(String.valueOf(cause.getMessage()), cause);
        }
    }

    /** The thread was interrupted while it waited (shutdown): nothing to retry, nothing to report to Okta's caller. */
    public static final class Interrupted extends IllegalStateException {
        Interrupted(String operation, InterruptedException cause) {
            super(operation + " interrupted while waiting to call Okta", cause);
        }
    }

    /**
     * A 2xx answer and how many calls it took.
     *
     * @param attempts calls made, retries and a call after a renewed token included
     */
    public record Result(OktaAnswer answer, int attempts) {
    }

    private final OktaAuthorization authorization;
    private final Limits limits;
    private final OktaRateLimits rateLimits;
    private final Semaphore inFlight;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public OktaRequests(OktaAuthorization authorization, Limits limits) {
        this(authorization, limits, InstantSource.system(), duration -> Thread.sleep(duration.toMillis()),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** As above, with the clock, the way to wait and the jitter source given (tests). */
    public OktaRequests(OktaAuthorization authorization, Limits limits, InstantSource clock, Sleeper sleeper,
                        DoubleSupplier random) {
        this.authorization = authorization;
        this.limits = limits;
        this.rateLimits = new OktaRateLimits(clock, limits.slowDownBelow(), limits.maxRateLimitWait());
        this.inFlight = new Semaphore(Math.max(1, limits.maxConcurrency()), true);
        this.sleeper = sleeper;
        this.random = random;
    }

    /**
     * Sends a request through a REST client until it succeeds or fails for good. The client may answer or throw
     * {@link WebApplicationException} (its answer is read the same); {@link ProcessingException} means no answer.
     *
     * @param operation what is called, for logs and errors (no secrets, no personal data)
     * @param family    the endpoint family Okta rate-limits it with, e.g. {@code /api/v1/users}
     * @param call      sends one request, given the Authorization header value
     * @throws OktaException when it did not succeed
     */
    public Result send(String operation, String family, Repeat repeat, Function<String, Response> call) {
        return exchange(operation, family, repeat, header -> read(call, header));
    }

    /** As {@link #send}, with a call that answers an {@link OktaAnswer} or throws {@link Unreachable}. */
    public Result exchange(String operation, String family, Repeat repeat, Function<String, OktaAnswer> call) {
        int attempts = 0;
        // the call after a renewed token is extra: a refused token does not use up the retries of 5xx and 429s
        int allowed = Math.max(1, limits.maxAttempts());
        boolean renewed = false;
        OktaError last = null;
        while (attempts < allowed) {
            Duration paced = rateLimits.waitBefore(family);
            if (!paced.isZero()) {
                log(Level.INFO, "%s: %s is rate-limited; waiting %d ms", operation, family, paced.toMillis());
                sleep(operation, paced);
            }
            attempts++;
            String header;
            try {
                header = authorization.header();
            } catch (AccessTokenException e) {
                // nothing was sent, so even a create may simply be tried again
                last = e.error();
                log(Level.WARNING, "%s: no access token (attempt %d/%d): %s %s %s", operation, attempts, allowed,
                        last.code(), last.summary(), last.causes());
                if (!last.retryable()) {
                    throw new OktaException(operation, last, attempts, false);
                }
                if (attempts < allowed) {
                    sleep(operation, backoff(attempts));
                }
                continue;
            }
            Duration wait;
            acquire(operation);
            try {
                OktaAnswer answer;
                try {
                    answer = call.apply(header);
                } catch (Unreachable e) {
                    last = OktaError.transport(e.getMessage());
                    log(Level.WARNING, "%s: no answer (attempt %d/%d): %s", operation, attempts, allowed,
                            e.getMessage());
                    if (repeat == Repeat.LOOK_FIRST) {
                        throw new OktaException(operation, last, attempts, true);
                    }
                    answer = null;
                }
                if (answer == null) {
                    wait = backoff(attempts);
                } else {
                    rateLimits.observe(family, answer);
                    String requestId = answer.header("X-Okta-Request-Id");
                    if (answer.ok()) {
                        log(Level.DEBUG, "%s: HTTP %d (X-Okta-Request-Id %s, attempt %d)", operation, answer.status(),
                                requestId, attempts);
                        return new Result(answer, attempts);
                    }
                    int status = answer.status();
                    last = OktaError.parse(status, answer.body(), answer.header("WWW-Authenticate"));
                    log(Level.WARNING, "%s: HTTP %d %s (X-Okta-Request-Id %s, attempt %d/%d)", operation, status,
                            last.code(), requestId, attempts, allowed);
                    if (status == 401 && !renewed && authorization.renew(header)) {
                        // expired early or revoked: a 401 is refused before anything happens, so a create too may
                        // be sent again; once only, a second 401 is a configuration to fix
                        renewed = true;
                        allowed++;
                        log(Level.INFO, "%s: access token refused, sending once more with a new one", operation);
                        continue;
                    }
                    if (!last.retryable()) {
                        throw new OktaException(operation, last, attempts, false);
                    }
                    if (repeat == Repeat.LOOK_FIRST && status != 429) {
                        // a 5xx may come after Okta acted; a 429 is refused before anything happens
                        throw new OktaException(operation, last, attempts, true);
                    }
                    wait = status == 429
                            ? rateLimits.tooManyRequests(family, answer, limits.backoff().ceiling(attempts))
                            : backoff(attempts);
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
    public void pause(String operation, int retry) {
        sleep(operation, backoff(retry));
    }

    private Duration backoff(int retry) {
        return limits.jitter() ? limits.backoff().delay(retry, random) : limits.backoff().ceiling(retry);
    }

    private static OktaAnswer read(Function<String, Response> call, String header) {
        Response response;
        try {
            response = call.apply(header);
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (ProcessingException e) {
            throw new Unreachable(e);
        }
        try (Response answer = response) {
            return new OktaAnswer(answer.getStatus(), answer.hasEntity() ? answer.readEntity(String.class) : "",
                    answer.getStringHeaders());
        } catch (ProcessingException e) {
            // the connection broke while the body came
            throw new Unreachable(e);
        }
    }

    private void acquire(String operation) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted(operation, e);
        }
    }

    private void sleep(String operation, Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted(operation, e);
        }
    }

    private static void log(Level level, String format, Object... args) {
        if (LOG.isLoggable(level)) {
            LOG.log(level, String.format(format, args));
        }
    }
}
