package dev.switchboard.oktaingress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryDelayTest {

    private static final Duration MAX = Duration.ofSeconds(60);
    private static final Duration FALLBACK = Duration.ofMillis(300);
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void backoffDoublesUpToTheCap() {
        Duration initial = Duration.ofMillis(200);
        assertThat(RetryDelay.backoff(1, initial, MAX)).isEqualTo(Duration.ofMillis(200));
        assertThat(RetryDelay.backoff(2, initial, MAX)).isEqualTo(Duration.ofMillis(400));
        assertThat(RetryDelay.backoff(4, initial, MAX)).isEqualTo(Duration.ofMillis(1600));
        assertThat(RetryDelay.backoff(40, initial, MAX)).isEqualTo(MAX);
    }

    @Test
    void waitsUntilTheResetPlusASecondOnOktasClock() {
        Instant serverDate = NOW.minusSeconds(5); // our clock is 5 s ahead of Okta's
        String reset = String.valueOf(NOW.plusSeconds(10).getEpochSecond());

        assertThat(RetryDelay.untilRateLimitReset(List.of(reset), Optional.of(serverDate), NOW, FALLBACK, MAX))
                .isEqualTo(Duration.ofSeconds(16));
        assertThat(RetryDelay.untilRateLimitReset(List.of(reset), Optional.empty(), NOW, FALLBACK, MAX))
                .isEqualTo(Duration.ofSeconds(11));
    }

    @Test
    void takesTheSmallestOfRepeatedResetHeaders() {
        List<String> resets = List.of(String.valueOf(NOW.plusSeconds(30).getEpochSecond()),
                NOW.plusSeconds(3).getEpochSecond() + ", " + NOW.plusSeconds(20).getEpochSecond());

        assertThat(RetryDelay.untilRateLimitReset(resets, Optional.of(NOW), NOW, FALLBACK, MAX))
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void waitsAtLeastASecondAndAtMostTheCap() {
        String past = String.valueOf(NOW.minusSeconds(30).getEpochSecond());
        String farAway = String.valueOf(NOW.plusSeconds(3600).getEpochSecond());

        assertThat(RetryDelay.untilRateLimitReset(List.of(past), Optional.of(NOW), NOW, FALLBACK, MAX))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryDelay.untilRateLimitReset(List.of(farAway), Optional.of(NOW), NOW, FALLBACK, MAX))
                .isEqualTo(MAX);
    }

    @Test
    void withoutAUsableResetHeaderFallsBack() {
        assertThat(RetryDelay.untilRateLimitReset(List.of(), Optional.of(NOW), NOW, FALLBACK, MAX)).isEqualTo(FALLBACK);
        assertThat(RetryDelay.untilRateLimitReset(List.of("soon"), Optional.of(NOW), NOW, FALLBACK, MAX))
                .isEqualTo(FALLBACK);
    }
}
