package dev.switchboard.rcingress.client;

import dev.switchboard.rcingress.config.IngressConfig;
import dev.switchboard.clients.Backoff;
import dev.switchboard.clients.ringcentral.RateLimitGroup;
import dev.switchboard.clients.ringcentral.RateLimiter;
import dev.switchboard.clients.ringcentral.RingCentralError;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Runs one logical RingCentral request: waits for the group's budget, adds the bearer token, feeds X-Rate-Limit-*
 * back to the limiter, logs RCRequestId, retries what is temporary (backoff with full jitter, Retry-After first; a
 * 429 blocks the whole group) and turns error bodies into {@link RingCentralException}s. Blocking: callers run on
 * worker threads that must wait for budget anyway. Every call ringcentral-ingress makes is safe to repeat.
 */
@ApplicationScoped
public class RingCentralCalls {

    private static final Logger LOG = Logger.getLogger(RingCentralCalls.class);
    /** RingCentral asks for at least 30 s when a 429 comes without Retry-After. */
    static final Duration WAIT_AFTER_BARE_429 = Duration.ofSeconds(30);

    private final RateLimiter limiter = new RateLimiter(InstantSource.system());
    private final Backoff backoff;
    private final int maxAttempts;

    public RingCentralCalls(IngressConfig config) {
        this.backoff = new Backoff(config.retry().initialBackoff(), config.retry().maxBackoff());
        this.maxAttempts = Math.max(1, config.retry().maxAttempts());
    }

    /** Where authenticated calls get their token, and where they report one RingCentral refused. */
    public interface TokenSource {
        String accessToken();

        void invalidate(String accessToken);
    }

    /**
     * Sends a request until it succeeds or fails for good.
     *
     * @param operation what is called, for logs and errors (no secrets)
     * @param tokens    the token source, or {@code null} for the token call itself
     * @param send      sends one request, given the Authorization header value
     * @param onSuccess reads a 2xx body
     */
    public <T> T execute(String operation, RateLimitGroup group, TokenSource tokens, Function<String, Response> send,
                         Function<String, T> onSuccess) {
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
                pause(attempts, Optional.empty());
                continue;
            }
            try (Response answer = response) {
                int status = answer.getStatus();
                String body = answer.hasEntity() ? answer.readEntity(String.class) : "";
                observe(group, answer);
                if (status / 100 == 2) {
                    return onSuccess.apply(body);
                }
                last = RingCentralError.parse(status, body);
                LOG.warnf("%s: HTTP %d %s (RCRequestId %s, attempt %d/%d)", operation, status, last.code(),
                        answer.getHeaderString("RCRequestId"), attempts, maxAttempts);
                if (status == 401 && tokens != null && !tokenRenewed) {
                    // expired or revoked early: one new token, then 401 is final
                    tokens.invalidate(token);
                    tokenRenewed = true;
                    continue;
                }
                if (!last.retryable()) {
                    throw new RingCentralException(operation, last, attempts);
                }
                Optional<Duration> retryAfter = intHeader(answer, "Retry-After").isPresent()
                        ? Optional.of(Duration.ofSeconds(Math.max(0, intHeader(answer, "Retry-After").getAsInt())))
                        : Optional.empty();
                if (status == 429) {
                    limiter.penalize(group, retryAfter.orElse(WAIT_AFTER_BARE_429));
                } else {
                    pause(attempts, retryAfter);
                }
            }
        }
        throw new RingCentralException(operation, last, attempts);
    }

    private void waitForBudget(RateLimitGroup group) {
        Duration wait;
        while (!(wait = limiter.tryAcquire(group)).isZero()) {
            LOG.infof("RingCentral %s budget spent; waiting %d ms", group, wait.toMillis());
            sleep(wait);
        }
    }

    private void pause(int attempts, Optional<Duration> retryAfter) {
        if (attempts < maxAttempts) {
            sleep(backoff.delay(attempts, retryAfter, () -> ThreadLocalRandom.current().nextDouble()));
        }
    }

    private void observe(RateLimitGroup group, Response response) {
        RateLimitGroup reported = RateLimitGroup.fromHeader(response.getHeaderString("X-Rate-Limit-Group")).orElse(group);
        limiter.observe(reported, intHeader(response, "X-Rate-Limit-Limit"), intHeader(response, "X-Rate-Limit-Remaining"),
                intHeader(response, "X-Rate-Limit-Window"));
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
