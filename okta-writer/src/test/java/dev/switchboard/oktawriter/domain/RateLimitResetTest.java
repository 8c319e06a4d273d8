package dev.switchboard.oktawriter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitResetTest {

    private static final Instant OKTA_NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant OUR_NOW = OKTA_NOW.plusSeconds(30); // our clock runs ahead
    private static final Duration FALLBACK = Duration.ofMillis(700);
    private static final Duration MAX = Duration.ofSeconds(70);

    @Test
    void waitsUntilTheResetOnOktasClockPlusASecond() {
        Duration wait = RateLimitReset.wait(List.of("600"), List.of(String.valueOf(OKTA_NOW.getEpochSecond() + 20)),
                Optional.of(OKTA_NOW), OUR_NOW, FALLBACK, MAX);
        assertThat(wait).isEqualTo(Duration.ofSeconds(21));
    }

    @Test
    void theSmallestOfRepeatedResetHeadersCounts() {
        long reset = OKTA_NOW.getEpochSecond();
        Duration wait = RateLimitReset.wait(List.of("600"), List.of((reset + 40) + ", " + (reset + 10), String.valueOf(reset + 30)),
                Optional.of(OKTA_NOW), OUR_NOW, FALLBACK, MAX);
        assertThat(wait).isEqualTo(Duration.ofSeconds(11));
    }

    @Test
    void atLeastOneSecondAtMostTheMaximum() {
        long reset = OKTA_NOW.getEpochSecond();
        assertThat(RateLimitReset.wait(List.of("600"), List.of(String.valueOf(reset - 5)), Optional.of(OKTA_NOW), OUR_NOW,
                FALLBACK, MAX)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RateLimitReset.wait(List.of("600"), List.of(String.valueOf(reset + 500)), Optional.of(OKTA_NOW), OUR_NOW,
                FALLBACK, MAX)).isEqualTo(MAX);
    }

    @Test
    void withoutDateOurClockIsTheReference() {
        Duration wait = RateLimitReset.wait(List.of("600"), List.of(String.valueOf(OUR_NOW.getEpochSecond() + 4)),
                Optional.empty(), OUR_NOW, FALLBACK, MAX);
        assertThat(wait).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void concurrencyLimitsAndMissingHeadersFallBackToTheBackoff() {
        long reset = OKTA_NOW.getEpochSecond() + 50;
        assertThat(RateLimitReset.wait(List.of("0"), List.of(String.valueOf(reset)), Optional.of(OKTA_NOW), OUR_NOW,
                FALLBACK, MAX)).isEqualTo(FALLBACK);
        assertThat(RateLimitReset.wait(List.of(), List.of(), Optional.of(OKTA_NOW), OUR_NOW, FALLBACK, MAX)).isEqualTo(FALLBACK);
        assertThat(RateLimitReset.wait(List.of("600"), List.of("soon"), Optional.of(OKTA_NOW), OUR_NOW, FALLBACK, MAX))
                .isEqualTo(FALLBACK);
    }
}
