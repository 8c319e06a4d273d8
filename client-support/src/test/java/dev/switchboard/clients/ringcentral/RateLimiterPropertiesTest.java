package dev.switchboard.clients.ringcentral;

import static org.assertj.core.api.Assertions.assertThat;

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
        RateLimiter limiter = new RateLimiter(clock);
        limiter.observe(RateLimitGroup.MEDIUM, OptionalInt.of(limit), OptionalInt.empty(), OptionalInt.of(windowSeconds));
        List<Long> admitted = new ArrayList<>();
        for (Step step : steps) {
            clock.advance(step.advanceMillis());
            if (limiter.tryAcquire(RateLimitGroup.MEDIUM).isZero()) {
                admitted.add(clock.millis());
            }
            if (step.observe()) {
                limiter.observe(RateLimitGroup.MEDIUM, OptionalInt.of(limit),
                        OptionalInt.of(Math.min(step.remaining(), limit)), OptionalInt.of(windowSeconds));
            }
        }
        long window = windowSeconds * 1000L;
        for (int i = 0; i < admitted.size(); i++) {
            long start = admitted.get(i);
            long inWindow = admitted.stream().filter(t -> t >= start && t < start + window).count();
            assertThat(inWindow).as("admitted in the window from %d", start).isLessThanOrEqualTo(limit);
        }
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

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 5_000),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 25)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(200);
    }
}
