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
        assertWaitsThenIsAdmitted(RateLimitGroup.AUTH, 55);
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
        respond(RateLimitGroup.MEDIUM, 40, 1, 60);
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isZero();
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isPositive();
    }

    @Test
    void remainingZeroBlocksTheGroupForAWindow() {
        limiter.tryAcquire(RateLimitGroup.LIGHT);
        respond(RateLimitGroup.LIGHT, 50, 0, 60);
        assertWaitsThenIsAdmitted(RateLimitGroup.LIGHT, 60);
    }

    @Test
    void remainingZeroBlocksForTheWindowTheResponseReportsNotTheDefault() {
        respond(RateLimitGroup.LIGHT, 50, 0, 20);
        assertWaitsThenIsAdmitted(RateLimitGroup.LIGHT, 20);
    }

    @Test
    void aLaterResponseWithBudgetLeftLiftsARemainingZeroBlock() {
        assertThat(limiter.tryAcquire(RateLimitGroup.LIGHT)).isZero();
        respond(RateLimitGroup.LIGHT, 50, 0, 60);
        clock.advance(5_000);
        assertThat(limiter.tryAcquire(RateLimitGroup.LIGHT)).isEqualTo(Duration.ofSeconds(55));

        respond(RateLimitGroup.LIGHT, 50, 3, 60);

        // exactly the three the server says are left: the budget stays pessimistic
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(RateLimitGroup.LIGHT)).isZero();
        }
        assertThat(limiter.tryAcquire(RateLimitGroup.LIGHT)).isEqualTo(Duration.ofSeconds(55));
    }

    @Test
    void a429BlocksTheGroupForRetryAfter() {
        limiter.penalize(RateLimitGroup.MEDIUM, Duration.ofSeconds(7));
        assertWaitsThenIsAdmitted(RateLimitGroup.MEDIUM, 7);
    }

    @Test
    void aShorterRetryAfterWinsOverTheWindowThatRemainingZeroOnThe429Implies() {
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isZero();
        // the callers' order on a 429: its headers first, then its Retry-After
        respond(RateLimitGroup.MEDIUM, 40, 0, 60);
        limiter.penalize(RateLimitGroup.MEDIUM, Duration.ofSeconds(7));

        assertWaitsThenIsAdmitted(RateLimitGroup.MEDIUM, 7);
    }

    @Test
    void remainingZeroArrivingDuringAPenaltyDoesNotStretchIt() {
        limiter.penalize(RateLimitGroup.MEDIUM, Duration.ofSeconds(7));
        clock.advance(2_000);
        // the answer to a request that was in flight when the 429 came
        respond(RateLimitGroup.MEDIUM, 40, 0, 60);

        assertWaitsThenIsAdmitted(RateLimitGroup.MEDIUM, 5);
    }

    @Test
    void aRetryAfterLongerThanTheWindowIsNeitherCutToItNorLiftedByBudgetLeft() {
        respond(RateLimitGroup.MEDIUM, 40, 0, 60);
        limiter.penalize(RateLimitGroup.MEDIUM, Duration.ofSeconds(90));
        clock.advance(60_000);
        respond(RateLimitGroup.MEDIUM, 40, 39, 60);

        assertWaitsThenIsAdmitted(RateLimitGroup.MEDIUM, 30);
    }

    @Test
    void aSecond429WithAShorterRetryAfterDoesNotShortenThePenaltyInForce() {
        limiter.penalize(RateLimitGroup.HEAVY, Duration.ofSeconds(60));
        clock.advance(10_000);
        limiter.penalize(RateLimitGroup.HEAVY, Duration.ofSeconds(5));
        assertThat(limiter.tryAcquire(RateLimitGroup.HEAVY)).isEqualTo(Duration.ofSeconds(50));

        limiter.penalize(RateLimitGroup.HEAVY, Duration.ofSeconds(60));
        assertThat(limiter.tryAcquire(RateLimitGroup.HEAVY)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aPenaltyReplacesWhatWasBookedForOtherClients() {
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isZero();
        respond(RateLimitGroup.MEDIUM, 40, 1, 60);
        limiter.penalize(RateLimitGroup.MEDIUM, Duration.ofSeconds(7));
        clock.advance(7_000);

        // 38 requests of other clients were booked until the window ends; the server's Retry-After replaced them
        for (int i = 0; i < 39; i++) {
            assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isZero();
        }
        assertThat(limiter.tryAcquire(RateLimitGroup.MEDIUM)).isEqualTo(Duration.ofSeconds(53));
    }

    @Test
    void afterAPenaltyOurOwnRequestsStillCountAgainstTheLimit() {
        limiter.observe(RateLimitGroup.HEAVY, OptionalInt.of(2), OptionalInt.empty(), OptionalInt.of(60));
        limiter.tryAcquire(RateLimitGroup.HEAVY);
        limiter.tryAcquire(RateLimitGroup.HEAVY);
        limiter.penalize(RateLimitGroup.HEAVY, Duration.ofSeconds(5));

        assertThat(limiter.tryAcquire(RateLimitGroup.HEAVY)).isEqualTo(Duration.ofSeconds(5));
        clock.advance(5_000);
        assertThat(limiter.tryAcquire(RateLimitGroup.HEAVY)).isEqualTo(Duration.ofSeconds(55));
    }

    @Test
    void aRetryAfterBeyondAnyClockBlocksWithoutOverflowing() {
        limiter.penalize(RateLimitGroup.AUTH, Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(limiter.tryAcquire(RateLimitGroup.AUTH)).isGreaterThan(Duration.ofDays(365 * 1000));
        assertThat(limiter.tryAcquire(RateLimitGroup.LIGHT)).isZero();
    }

    /** The group is told to wait exactly {@code seconds}, and once they have passed, admitted. */
    private void assertWaitsThenIsAdmitted(RateLimitGroup group, int seconds) {
        assertThat(limiter.tryAcquire(group)).isEqualTo(Duration.ofSeconds(seconds));
        clock.advance(seconds * 1000L);
        assertThat(limiter.tryAcquire(group)).isZero();
    }

    /** A response of {@code group} with all three X-Rate-Limit-* values. */
    private void respond(RateLimitGroup group, int limit, int remaining, int windowSeconds) {
        limiter.observe(group, OptionalInt.of(limit), OptionalInt.of(remaining), OptionalInt.of(windowSeconds));
    }

    @Test
    void readsGroupNamesAsRingCentralSendsThem() {
        assertThat(RateLimitGroup.fromHeader("light")).contains(RateLimitGroup.LIGHT);
        assertThat(RateLimitGroup.fromHeader(" Medium ")).contains(RateLimitGroup.MEDIUM);
        assertThat(RateLimitGroup.fromHeader("NoThrottling")).isEmpty();
        assertThat(RateLimitGroup.fromHeader(null)).isEmpty();
    }
}
