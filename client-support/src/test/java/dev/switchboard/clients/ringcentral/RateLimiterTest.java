package dev.switchboard.clients.ringcentral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void admitsTheDefaultLimitPerWindowThenSaysHowLongToWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire(RateLimitGroup.AUTH)).isZero();
            clock.advance(1_000);
        }
        assertThat(limiter.tryAcquire(RateLimitGroup.AUTH)).isEqualTo(Duration.ofSeconds(55));
        clock.advance(55_000);
        assertThat(limiter.tryAcquire(RateLimitGroup.AUTH)).isZero();
    }

    @Test
    void groupsHaveSeparateBudgets() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire(RateLimitGroup.AUTH);
        }
        assertThat(limiter.tryAcquire(RateLimitGroup.AUTH)).isPositive();
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isZero();
    }

    @Test
    void takesLimitAndWindowFromTheHeaders() {
        limiter.observe(RateLimitGroup.HEAVY, OptionalInt.of(2), OptionalInt.empty(), OptionalInt.of(10));
        assertThat(limiter.tryAcquire(RateLimitGroup.HEAVY)).isZero();
        assertThat(limiter.tryAcquire(RateLimitGroup.HEAVY)).isZero();
        assertThat(limiter.tryAcquire(RateLimitGroup.HEAVY)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void booksWhatTheServerCountedBeyondOurOwnRequests() {
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isZero();
        // another client of the same service user spent most of the budget
        limiter.observe(RateLimitGroup.MEDIUM, OptionalInt.of(40), OptionalInt.of(1), OptionalInt.of(60));
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isZero();
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isPositive();
    }

    @Test
    void remainingZeroBlocksTheGroupForAWindow() {
        limiter.tryAcquire(RateLimitGroup.LIGHT);
        limiter.observe(RateLimitGroup.LIGHT, OptionalInt.of(50), OptionalInt.of(0), OptionalInt.of(60));
        assertThat(limiter.tryAcquire(RateLimitGroup.LIGHT)).isEqualTo(Duration.ofSeconds(60));
        clock.advance(60_000);
        assertThat(limiter.tryAcquire(RateLimitGroup.LIGHT)).isZero();
    }

    @Test
    void a429BlocksTheGroupForRetryAfter() {
        limiter.penalize(RateLimitGroup.MEDIUM, Duration.ofSeconds(7));
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isEqualTo(Duration.ofSeconds(7));
        clock.advance(7_000);
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isZero();
    }

    @Test
    void readsGroupNamesAsRingCentralSendsThem() {
        assertThat(RateLimitGroup.fromHeader("light")).contains(RateLimitGroup.LIGHT);
        assertThat(RateLimitGroup.fromHeader(" Medium ")).contains(RateLimitGroup.MEDIUM);
        assertThat(RateLimitGroup.fromHeader("NoThrottling")).isEmpty();
        assertThat(RateLimitGroup.fromHeader(null)).isEmpty();
    }
}
