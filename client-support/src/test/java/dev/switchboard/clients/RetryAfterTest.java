package dev.switchboard.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("60", NOW)).contains(Duration.ofSeconds(60));
        assertThat(RetryAfter.parse(" 7 ", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("0", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnImfFixdateAsTheTimeLeftUntilIt() {
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 12:00:45 GMT", NOW)).contains(Duration.ofSeconds(45));
    }

    @Test
    void readsTheObsoleteRfc850AndAsctimeDates() {
        assertThat(RetryAfter.parse("Sunday, 01-Mar-26 12:00:45 GMT", NOW)).contains(Duration.ofSeconds(45));
        assertThat(RetryAfter.parse("Sun Mar  1 12:00:45 2026", NOW)).contains(Duration.ofSeconds(45));
    }

    @Test
    void aTwoDigitYearMoreThanFiftyYearsAheadIsInThePast() {
        // 94 is 1994, not 2094
        assertThat(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void aDateAlreadyPastMeansNoWait() {
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 11:59:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void absentOrInvalidValuesLeaveTheChoiceToTheCaller() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("  ", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("2026-03-01T12:00:45Z", NOW)).isEmpty();
    }

    @Test
    void delaySecondsBeyondALongAreForever() {
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).contains(Duration.ofSeconds(Long.MAX_VALUE));
    }
}
