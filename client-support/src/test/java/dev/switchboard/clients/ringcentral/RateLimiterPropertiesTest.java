package dev.switchboard.clients.ringcentral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RateLimiterPropertiesTest {

    /** One step: let time pass, then ask for budget; sometimes a response reports what the server has left. */
    record Step(int advanceMillis, boolean observe, int remaining) {
    }

    @Property(tries = 300)
    void neverAdmitsMoreThanTheLimitInAnyWindow(@ForAll @IntRange(min = 1, max = 20) int limit,
                                                @ForAll @IntRange(min = 1, max = 30) int windowSeconds,
                                                @ForAll("steps") List<Step> steps) {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = limiter(clock, limit, windowSeconds);
        List<Long> admitted = new ArrayList<>();
        for (Step step : steps) {
            clock.advance(step.advanceMillis());
            if (limiter.tryAcquire(RateLimitGroup.MEDIUM).isZero()) {
                admitted.add(clock.millis());
            }
            if (step.observe()) {
                report(limiter, limit, step.remaining(), windowSeconds);
            }
        }
        assertAtMostTheLimitInAnyWindow(admitted, limit, windowSeconds);
    }

    @Property(tries = 100)
    void aWaitingCallerIsAdmittedOnceItWaitedAsToldWithoutServerUpdates(@ForAll @IntRange(min = 1, max = 10) int limit,
                                                                        @ForAll @IntRange(min = 1, max = 100) int calls) {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(clock);
        limiter.observe(RateLimitGroup.HEAVY, OptionalInt.of(limit), OptionalInt.empty(), OptionalInt.of(60));
        for (int i = 0; i < calls; i++) {
            var wait = limiter.tryAcquire(RateLimitGroup.HEAVY);
            if (!wait.isZero()) {
                clock.advance(wait.toMillis());
                assertThat(limiter.tryAcquire(RateLimitGroup.HEAVY)).isZero();
            }
        }
    }

    /** One step with 429s too: let time pass, take in a response (headers only, or a 429), then ask for budget. */
    record Response(int advanceMillis, boolean tooManyRequests, boolean observe, int remaining, int retryAfterSeconds) {
    }

    @Property(tries = 300)
    void with429sTooOwnRequestsStayWithinTheLimitAndAPenaltyIsWaitedExactly(
            @ForAll @IntRange(min = 1, max = 20) int limit,
            @ForAll @IntRange(min = 1, max = 30) int windowSeconds,
            @ForAll("responses") List<Response> responses) {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = limiter(clock, limit, windowSeconds);
        List<Long> admitted = new ArrayList<>();
        long penaltyEnd = Long.MIN_VALUE;
        for (Response response : responses) {
            clock.advance(response.advanceMillis());
            long now = clock.millis();
            if (response.observe()) {
                report(limiter, limit, response.remaining(), windowSeconds);
            }
            if (response.tooManyRequests()) {
                limiter.penalize(RateLimitGroup.MEDIUM, Duration.ofSeconds(response.retryAfterSeconds()));
                long end = now + response.retryAfterSeconds() * 1000L;
                penaltyEnd = now < penaltyEnd ? Math.max(penaltyEnd, end) : end;
            }
            Duration wait = limiter.tryAcquire(RateLimitGroup.MEDIUM);
            if (now < penaltyEnd) {
                assertThat(wait).as("wait during the penalty").isEqualTo(Duration.ofMillis(penaltyEnd - now));
            } else if (wait.isZero()) {
                admitted.add(now);
            }
        }
        assertAtMostTheLimitInAnyWindow(admitted, limit, windowSeconds);
    }

    private static RateLimiter limiter(MutableClock clock, int limit, int windowSeconds) {
        RateLimiter limiter = new RateLimiter(clock);
        limiter.observe(RateLimitGroup.MEDIUM, OptionalInt.of(limit), OptionalInt.empty(), OptionalInt.of(windowSeconds));
        return limiter;
    }

    /** A response of the group reporting {@code remaining} (at most the limit, as the server would). */
    private static void report(RateLimiter limiter, int limit, int remaining, int windowSeconds) {
        limiter.observe(RateLimitGroup.MEDIUM, OptionalInt.of(limit), OptionalInt.of(Math.min(remaining, limit)),
                OptionalInt.of(windowSeconds));
    }

    private static void assertAtMostTheLimitInAnyWindow(List<Long> admitted, int limit, int windowSeconds) {
        long window = windowSeconds * 1000L;
        for (long start : admitted) {
            long inWindow = admitted.stream().filter(t -> t >= start && t < start + window).count();
            assertThat(inWindow).as("admitted in the window from %d", start).isLessThanOrEqualTo(limit);
        }
    }

    @Provide
    Arbitrary<List<Response>> responses() {
        Arbitrary<Response> response = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 5_000),
                Arbitraries.integers().between(0, 9).map(n -> n == 0),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 90)).as(Response::new);
        return response.list().ofMinSize(1).ofMaxSize(200);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 5_000),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 25)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(200);
    }
}
