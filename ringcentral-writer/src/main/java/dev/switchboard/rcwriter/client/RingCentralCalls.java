package dev.switchboard.rcwriter.client;

import dev.switchboard.rcwriter.config.WriterConfig;
import dev.switchboard.clients.Backoff;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import dev.switchboard.clients.ringcentral.RateLimiter;
import dev.switchboard.clients.ringcentral.RingCentralError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs one logical RingCentral request: waits for rate-limit budget, adds the bearer token, feeds X-Rate-Limit-*
 * headers back to the limiter, logs RCRequestId, retries what is temporary (bounded, exponential backoff with full
 * jitter, Retry-After honoured) and turns RingCentral error bodies into {@link RingCentralException}s.
 *
 * <p>Blocking by design: it runs on the consumer's worker thread, which must wait for budget anyway.
 */
@ApplicationScoped
public class RingCentralCalls {

    private static final Logger LOG = Logger.getLogger(RingCentralCalls.class);
    /** RingCentral asks for at least 30 s when a 429 comes without Retry-After. */
    static final Duration WAIT_AFTER_BARE_429 = Duration.ofSeconds(30);

    private final RateLimiter limiter = new RateLimiter(InstantSource.system());
    private final Backoff backoff;
    private final int maxAttempts;

    @Inject
    public RingCentralCalls(WriterConfig config) {
        this.backoff = new Backoff(config.retry().initialBackoff(), config.retry().maxBackoff());
        this.maxAttempts = Math.max(1, config.retry().maxAttempts());
    }

    /** Where authenticated calls get their token, and where they report one RingCentral refused. */
    public interface TokenSource {
        String accessToken();

        void invalidate(String accessToken);
    }

    /** Whether a request may simply be sent again after a failure that leaves its effect unknown. */
    public enum Repeat {
        /** Reads, PUTs of target values, deletes: sending again does no harm. */
        SAFE,
        /**
         * Creates: only failures that prove nothing was executed (429, 401) are retried here; no response or a 5xx
         * ends in a {@link RingCentralException#outcomeUnknown()} so the caller looks before it tries again.
         */
        LOOK_FIRST
    }

    /**
     * Sends an idempotent request until it succeeds or fails for good.
     *
     * @param operation what is called, for logs and errors (no secrets)
     * @param group     the endpoint's usage-plan group
     * @param tokens    the token source, or {@code null} for the token call itself
     * @param send      sends one request, given the Authorization header value ({@code null} without tokens)
     * @param onSuccess reads a 2xx body
     */
    public <T> Attempted<T> execute(String operation, RateLimitGroup group, TokenSource tokens,
                                    Function<String, Response> send, Function<String, T> onSuccess) {
        return execute(operation, group, tokens, Repeat.SAFE, send, onSuccess);
    }

    /** Sends a request until it succeeds or fails for good, repeating it only as {@code repeat} allows. */
    public <T> Attempted<T> execute(String operation, RateLimitGroup group, TokenSource tokens, Repeat repeat,
                                    Function<String, Response> send, Function<String, T> onSuccess) {
        int attempts = 0;
        boolean tokenRenewed = false;
        RingCentralError last = null;
        while (attempts < maxAttempts) {
            waitForBudget(group);
            String token = tokens == null ? null : tokens.accessToken();
            attempts++;
            Response response;
            try {
                response = send.apply(token == null ? null : "Bearer " + token);
            } catch (WebApplicationException e) {
                response = e.getResponse();
            } catch (ProcessingException e) {
                last = RingCentralError.transport(String.valueOf(e.getMessage()));
                LOG.warnf("%s: no response (attempt %d/%d): %s", operation, attempts, maxAttempts, e.getMessage());
                if (repeat == Repeat.LOOK_FIRST) {
                    throw new RingCentralException(operation, last, attempts, true);
                }
                pauseBeforeRetry(attempts, Optional.empty());
                continue;
            }
            try (Response answer = response) {
                int status = answer.getStatus();
                String body = answer.hasEntity() ? answer.readEntity(String.class) : "";
                observeRateLimits(group, response);
                String requestId = answer.getHeaderString("RCRequestId");
                if (status >= 200 && status < 300) {
                    LOG.debugf("%s: HTTP %d (RCRequestId %s, attempt %d)", operation, status, requestId, attempts);
                    return new Attempted<>(onSuccess.apply(body), attempts);
                }
                last = RingCentralError.parse(status, body);
                LOG.warnf("%s: HTTP %d %s (RCRequestId %s, attempt %d/%d)", operation, status, last.code(), requestId,
                        attempts, maxAttempts);
                if (status == 401 && tokens != null && !tokenRenewed) {
                    // expired or revoked early: fetch a new token once, then treat 401 as permanent
                    tokens.invalidate(token);
                    tokenRenewed = true;
                    continue;
                }
                if (!last.retryable()) {
                    throw new RingCentralException(operation, last, attempts);
                }
                if (repeat == Repeat.LOOK_FIRST && status != 429) {
                    // a 5xx may come after the server acted; a 429 is refused before anything happens
                    throw new RingCentralException(operation, last, attempts, true);
                }
                Optional<Duration> retryAfter = retryAfter(answer);
                if (status == 429) {
                    // block the whole group: every request during the penalty would restart it
                    limiter.penalize(group, retryAfter.orElse(WAIT_AFTER_BARE_429));
                } else if (attempts < maxAttempts) {
                    pauseBeforeRetry(attempts, retryAfter);
                }
            }
        }
        throw new RingCentralException(operation, last, attempts);
    }

    /**
     * Admits one request of {@code group} if budget is left right now, without waiting; for calls that are skipped
     * rather than delayed (the token revoke at shutdown).
     */
    public boolean tryAcquireNow(RateLimitGroup group) {
        return limiter.tryAcquire(group).isZero();
    }

    /** Waits the backoff before retry {@code retry} (1-based) of a caller's own retry loop. */
    public void backoff(int retry) {
        sleep(backoff.delay(retry, () -> ThreadLocalRandom.current().nextDouble()));
    }

    /** Takes in the rate-limit headers of an answer obtained outside {@link #execute} (the token revoke). */
    void observe(RateLimitGroup group, Response response) {
        observeRateLimits(group, response);
    }

    private void waitForBudget(RateLimitGroup group) {
        Duration wait;
        while (!(wait = limiter.tryAcquire(group)).isZero()) {
            LOG.infof("RingCentral %s budget spent; waiting %d ms", group, wait.toMillis());
            sleep(wait);
        }
    }

    private void pauseBeforeRetry(int attempts, Optional<Duration> retryAfter) {
        if (attempts < maxAttempts) {
            sleep(backoff.delay(attempts, retryAfter, () -> ThreadLocalRandom.current().nextDouble()));
        }
    }

    private void observeRateLimits(RateLimitGroup group, Response response) {
        RateLimitGroup reported = RateLimitGroup.fromHeader(response.getHeaderString("X-Rate-Limit-Group")).orElse(group);
        limiter.observe(reported, intHeader(response, "X-Rate-Limit-Limit"), intHeader(response, "X-Rate-Limit-Remaining"),
                intHeader(response, "X-Rate-Limit-Window"));
    }

    private static Optional<Duration> retryAfter(Response response) {
        OptionalInt seconds = intHeader(response, "Retry-After");
        return seconds.isPresent() ? Optional.of(Duration.ofSeconds(Math.max(0, seconds.getAsInt()))) : Optional.empty();
    }

    private static OptionalInt intHeader(Response response, String name) {
        String value = response.getHeaderString(name);
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to call RingCentral", e);
        }
    }
}
