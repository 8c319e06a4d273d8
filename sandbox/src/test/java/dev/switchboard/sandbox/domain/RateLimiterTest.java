package dev.switchboard.sandbox.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final RateLimiter<RateGroup> limiter = new RateLimiter<>(clock, settings(true, 3));

    private static RateLimiter.Settings<RateGroup> settings(boolean enabled, int medium) {
        return new RateLimiter.Settings<>(enabled, Map.of(RateGroup.LIGHT, 50, RateGroup.MEDIUM, medium,
                RateGroup.HEAVY, 10, RateGroup.AUTH, 5), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    @Test
    void countsDownRemainingAndRefusesOverTheLimit() {
        assertThat(limiter.acquire("u", RateGroup.MEDIUM).remaining()).isEqualTo(2);
        assertThat(limiter.acquire("u", RateGroup.MEDIUM).remaining()).isEqualTo(1);
        assertThat(limiter.acquire("u", RateGroup.MEDIUM).remaining()).isZero();
        RateLimiter.Decision<RateGroup> refused = limiter.acquire("u", RateGroup.MEDIUM);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(60);
        assertThat(refused.limit()).isEqualTo(3);
    }

    @Test
    void countsWhatItAdmittedAndRefusedPerGroupUntilReset() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("u", RateGroup.MEDIUM);
        }
        limiter.acquire("u", RateGroup.LIGHT);
        assertThat(limiter.counts().get(RateGroup.MEDIUM)).containsExactly(3, 2);
        assertThat(limiter.counts().get(RateGroup.LIGHT)).containsExactly(1, 0);
        limiter.reset();
        assertThat(limiter.counts()).isEmpty();
    }

    @Test
    void windowSlidesRequestByRequest() {
        limiter.acquire("u", RateGroup.MEDIUM);
        clock.advance(Duration.ofSeconds(30));
        limiter.acquire("u", RateGroup.MEDIUM);
        limiter.acquire("u", RateGroup.MEDIUM);
        clock.advance(Duration.ofSeconds(31));
        // the first request left the window; the two later ones are still in it
        RateLimiter.Decision<RateGroup> d = limiter.acquire("u", RateGroup.MEDIUM);
        assertThat(d.allowed()).isTrue();
        assertThat(d.remaining()).isZero();
    }

    @Test
    void everyRequestDuringThePenaltyRestartsIt() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("u", RateGroup.MEDIUM);
        }
        clock.advance(Duration.ofSeconds(50));
        assertThat(limiter.acquire("u", RateGroup.MEDIUM).allowed()).isFalse();
        clock.advance(Duration.ofSeconds(50));
        assertThat(limiter.acquire("u", RateGroup.MEDIUM).allowed()).as("penalty restarted 50 s ago").isFalse();
        clock.advance(Duration.ofSeconds(61));
        assertThat(limiter.acquire("u", RateGroup.MEDIUM).allowed()).isTrue();
    }

    @Test
    void groupsAndCallersHaveSeparateBuckets() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("u", RateGroup.MEDIUM);
        }
        assertThat(limiter.acquire("u", RateGroup.LIGHT).allowed()).isTrue();
        assertThat(limiter.acquire("other", RateGroup.MEDIUM).allowed()).isTrue();
    }

    @Test
    void disabledLimitsRefuseNothingAndAdvertiseABudgetThatCannotRunOut() {
        limiter.update(settings(false, 3));
        for (int i = 0; i < 10; i++) {
            RateLimiter.Decision<RateGroup> d = limiter.acquire("u", RateGroup.MEDIUM);
            assertThat(d.allowed()).isTrue();
            assertThat(d.limit()).isEqualTo(RateLimiter.UNLIMITED);
            assertThat(d.remaining()).isEqualTo(RateLimiter.UNLIMITED);
        }
    }

    @Test
    void updatingLimitsClearsPenalties() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("u", RateGroup.MEDIUM);
        }
        limiter.update(limiter.settings().with(true, Map.of(RateGroup.MEDIUM, 100)));
        RateLimiter.Decision<RateGroup> d = limiter.acquire("u", RateGroup.MEDIUM);
        assertThat(d.allowed()).isTrue();
        assertThat(d.remaining()).isEqualTo(99);
    }

    @Test
    void withoutPenaltyTheBucketReopensWhenTheOldestRequestLeavesTheWindow() {
        RateLimiter<String> okta = new RateLimiter<>(clock,
                new RateLimiter.Settings<>(true, Map.of("users", 2), Duration.ofSeconds(60), Duration.ZERO));
        RateLimiter.Decision<String> first = okta.acquire("org", "users");
        assertThat(first.resetAt()).isEqualTo(clock.instant().plusSeconds(60));
        clock.advance(Duration.ofSeconds(20));
        okta.acquire("org", "users");
        RateLimiter.Decision<String> refused = okta.acquire("org", "users");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetAt()).isEqualTo(clock.instant().plusSeconds(40));
        assertThat(refused.retryAfterSeconds()).isEqualTo(40);
        clock.advance(Duration.ofSeconds(40));
        assertThat(okta.acquire("org", "users").allowed()).isTrue();
    }
}
