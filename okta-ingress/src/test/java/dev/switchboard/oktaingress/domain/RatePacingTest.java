package dev.switchboard.oktaingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatePacingTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String USERS = "/api/v1/users";

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final RatePacing pacing = new RatePacing(clock, 0.1, Duration.ofSeconds(60));

    private void observe(String family, String limit, String remaining, long resetInSeconds, Optional<Instant> date) {
        Instant reference = date.orElse(NOW);
        pacing.observe(family, List.of(limit), List.of(remaining),
                List.of(String.valueOf(reference.plusSeconds(resetInSeconds).getEpochSecond())), date);
    }

    @Test
    void plentyLeftMeansNoWait() {
        observe(USERS, "600", "60", 30, Optional.empty());
        assertThat(pacing.waitBefore(USERS)).isZero();
    }

    @Test
    void fewLeftMeansWaitingUntilTheResetPlusASecond() {
        observe(USERS, "600", "59", 30, Optional.empty());
        assertThat(pacing.waitBefore(USERS)).isEqualTo(Duration.ofSeconds(31));
    }

    @Test
    void onlyTheFamilyThatRanLowWaits() {
        observe(USERS, "600", "1", 30, Optional.empty());
        assertThat(pacing.waitBefore("/api/v1/apps")).isZero();
    }

    @Test
    void afterTheResetNobodyWaits() {
        observe(USERS, "600", "0", 30, Optional.empty());
        clock.now = NOW.plusSeconds(30);
        assertThat(pacing.waitBefore(USERS)).isZero();
    }

    @Test
    void theResetIsMeasuredAgainstOktasClock() {
        // Okta's clock is 100 s ahead of ours: the reset is 20 s away for Okta, so 20 s away for us too
        Instant oktaNow = NOW.plusSeconds(100);
        observe(USERS, "600", "5", 20, Optional.of(oktaNow));
        assertThat(pacing.waitBefore(USERS)).isEqualTo(Duration.ofSeconds(21));
    }

    @Test
    void waitsAreCapped() {
        observe(USERS, "600", "5", 3600, Optional.empty());
        assertThat(pacing.waitBefore(USERS)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aConcurrency429OrMissingHeadersChangeNothing() {
        observe(USERS, "600", "5", 30, Optional.empty());
        pacing.observe(USERS, List.of("0"), List.of("0"), List.of("1"), Optional.empty());
        pacing.observe(USERS, List.of(), List.of(), List.of(), Optional.empty());
        assertThat(pacing.waitBefore(USERS)).isEqualTo(Duration.ofSeconds(31));
        observe(USERS, "600", "500", 30, Optional.empty());
        assertThat(pacing.waitBefore(USERS)).isZero();
    }

    @Test
    void familiesAreTheFirstThreeSegments() {
        assertThat(RatePacing.family("/api/v1/users/00u1")).isEqualTo("/api/v1/users");
        assertThat(RatePacing.family("/api/v1/apps/0oa1/users")).isEqualTo("/api/v1/apps");
        assertThat(RatePacing.family("/api/v1/logs")).isEqualTo("/api/v1/logs");
    }
}
