package dev.switchboard.clients.ringcentral;

import dev.switchboard.clients.Backoff;
import dev.switchboard.clients.RetryAfter;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * Runs one logical RingCentral request: waits for the group's budget, adds the bearer token, feeds X-Rate-Limit-*
 * back to the {@link RateLimiter}, logs RCRequestId, retries what is temporary (bounded, exponential backoff with full
 * jitter, Retry-After first; a 429 blocks the whole group) and turns error bodies into {@link RingCentralException}s.
 *
 * <p>Blocking by design: callers run on worker threads that must wait for budget anyway. Plain Java: the HTTP call is a
 * function given per request, time, sleeping and jitter are injectable. One instance per service, shared by all its
 * callers, since the budget is per (service user, app).
 */
public final class RingCentralCalls {

    private static final System.Logger LOG = System.getLogger(RingCentralCalls.class.getName());
    /** RingCentral asks for at least 30 s when a 429 comes without Retry-After. */
    public static final Duration WAIT_AFTER_BARE_429 = Duration.ofSeconds(30);

    private final RateLimiter limiter;
    private final InstantSource clock;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    /**
     * @param maxAttempts most calls made for one request, the first included (at least 1 is made)
     * @param backoff     the waits between retries
     */
    public RingCentralCalls(int maxAttempts, Backoff backoff) {
        this(maxAttempts, backoff, InstantSource.system(), RingCentralCalls::threadSleep,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** As above, with the clock, the way to wait and the jitter source given (tests). */
    public RingCentralCalls(int maxAttempts, Backoff backoff, InstantSource clock, Sleeper sleeper, DoubleSupplier random) {
        this.maxAttempts = Math.max(1, maxAttempts);
        this.backoff = backoff;
        this.clock = clock;
        this.limiter = new RateLimiter(clock);
        this.sleeper = sleeper;
        this.random = random;
    }

    /** How the calls wait: the thread sleeps in production, a test records the wait and moves its clock. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Where authenticated calls get their token, and where they report one RingCentral refused. */
    public interface TokenSource {
        String accessToken();

        void invalidate(String accessToken);
    }

    /**
     * Sends one HTTP request, given the Authorization header value ({@code null} without a token source); throws
     * {@link NoAnswer} when none arrived. {@link JaxRsAnswers#exchange} makes one of a REST client call.
     */
    @FunctionalInterface
    public interface Exchange {
        Answer send(String authorization);
    }

    /** No answer arrived (connection refused, timeout, reset): retried like a 5xx, except for a create. */
    public static final class NoAnswer extends RuntimeException {
        public NoAnswer(Throwable cause) {
            super(String.valueOf(cause.getMessage()), cause);
        }
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
     * Sends a request until it succeeds or fails for good, repeating it only as {@code repeat} allows.
     *
     * @param operation what is called, for logs and errors (no secrets)
     * @param group     the endpoint's usage-plan group
     * @param tokens    the token source, or {@code null} for the token call itself
     * @param send      sends one request
     * @param onSuccess reads a 2xx body
     * @throws RingCentralException when the request failed for good or the attempts ran out
     */
    public <T> Attempted<T> execute(String operation, RateLimitGroup group, TokenSource tokens, Repeat repeat,
                                    Exchange send, Function<String, T> onSuccess) {
        int attempts = 0;
        boolean tokenRenewed = false;
        RingCentralError last = null;
        while (attempts < maxAttempts) {
            waitForBudget(group);
            String token = tokens == null ? null : tokens.accessToken();
            attempts++;
            Answer answer;
            try {
                answer = send.send(token == null ? null : "Bearer " + token);
            } catch (NoAnswer e) {
                last = RingCentralError.transport(String.valueOf(e.getMessage()));
                log(Level.WARNING, "%s: no response (attempt %d/%d): %s", operation, attempts, maxAttempts, e.getMessage());
                if (repeat == Repeat.LOOK_FIRST) {
                    throw new RingCentralException(operation, last, attempts, true);
                }
                pauseBeforeRetry(attempts, Optional.empty());
                continue;
            }
            observe(group, answer);
            String requestId = answer.header("RCRequestId");
            if (answer.successful()) {
                log(Level.DEBUG, "%s: HTTP %d (RCRequestId %s, attempt %d)", operation, answer.status(), requestId, attempts);
                return new Attempted<>(onSuccess.apply(answer.body()), attempts);
            }
            last = RingCentralError.parse(answer.status(), answer.body());
            log(Level.WARNING, "%s: HTTP %d %s (RCRequestId %s, attempt %d/%d)", operation, answer.status(), last.code(),
                    requestId, attempts, maxAttempts);
            if (answer.status() == 401 && tokens != null && !tokenRenewed) {
                // expired or revoked early: fetch a new token once, then treat 401 as permanent
                tokens.invalidate(token);
                tokenRenewed = true;
                continue;
            }
            if (!last.retryable()) {
                throw new RingCentralException(operation, last, attempts);
            }
            if (repeat == Repeat.LOOK_FIRST && answer.status() != 429) {
                // a 5xx may come after the server acted; a 429 is refused before anything happens
                throw new RingCentralException(operation, last, attempts, true);
            }
            Optional<Duration> retryAfter = RetryAfter.parse(answer.header("Retry-After"), clock.instant());
            if (answer.status() == 429) {
                // block the whole group: every request during the penalty would restart it
                limiter.penalize(group, retryAfter.orElse(WAIT_AFTER_BARE_429));
            } else {
                pauseBeforeRetry(attempts, retryAfter);
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
        sleep(backoff.delay(retry, random));
    }

    /**
     * Takes in the rate-limit headers of an answer (those obtained outside {@link #execute}, too: the token revoke).
     * X-Rate-Limit-Group, when present, names the group the server counted the call in.
     */
    public void observe(RateLimitGroup group, Answer answer) {
        RateLimitGroup reported = RateLimitGroup.fromHeader(answer.header("X-Rate-Limit-Group")).orElse(group);
        limiter.observe(reported, intHeader(answer, "X-Rate-Limit-Limit"), intHeader(answer, "X-Rate-Limit-Remaining"),
                intHeader(answer, "X-Rate-Limit-Window"));
    }

    private void waitForBudget(RateLimitGroup group) {
        Duration wait;
        while (!(wait = limiter.tryAcquire(group)).isZero()) {
            log(Level.INFO, "RingCentral %s budget spent; waiting %d ms", group, wait.toMillis());
            sleep(wait);
        }
    }

    private void pauseBeforeRetry(int attempts, Optional<Duration> retryAfter) {
        if (attempts < maxAttempts) {
            sleep(backoff.delay(attempts, retryAfter, random));
        }
    }

    private static OptionalInt intHeader(Answer answer, String name) {
        String value = answer.header(name);
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to call RingCentral", e);
        }
    }

    /** A Retry-After too long for a long of millis is as good as forever. */
    private static void threadSleep(Duration duration) throws InterruptedException {
        long millis;
        try {
            millis = duration.toMillis();
        } catch (ArithmeticException tooLong) {
            millis = Long.MAX_VALUE;
        }
        Thread.sleep(millis);
    }

    /** printf-style, formatted only when the level is on. */
    static void log(System.Logger logger, Level level, String format, Object... args) {
        if (logger.isLoggable(level)) {
            logger.log(level, String.format(format, args));
        }
    }

    private static void log(Level level, String format, Object... args) {
        log(LOG, level, format, args);
    }
}
