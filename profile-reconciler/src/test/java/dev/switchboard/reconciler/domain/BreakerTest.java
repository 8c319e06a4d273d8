package dev.switchboard.reconciler.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakerTest {

    private static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final Breaker breaker = new Breaker(WINDOW, 0.1, 10, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void thresholdIsTheLargerOfMinCountAndShareOfLinkedUsers() {
        assertThat(breaker.threshold(0)).isEqualTo(10);
        assertThat(breaker.threshold(99)).isEqualTo(10);
        assertThat(breaker.threshold(250)).isEqualTo(25);
    }

    @Test
    void passesUpToTheThresholdThenHolds() {
        assertThat(breaker.check(times(9, NOW.minusSeconds(60)), 50, 0).pass()).isTrue();
        Breaker.Verdict tenth = breaker.check(times(10, NOW.minusSeconds(60)), 50, 0);
        assertThat(tenth.pass()).isFalse();
        assertThat(tenth.inWindow()).isEqualTo(10);
        assertThat(tenth.threshold()).isEqualTo(10);
        assertThat(tenth.reason()).contains("more than 10");
    }

    @Test
    void commandsOlderThanTheWindowNoLongerCount() {
        List<Instant> passed = new ArrayList<>(times(10, NOW.minus(WINDOW).minusSeconds(1)));
        passed.add(NOW.minus(WINDOW)); // exactly at the edge: out
        assertThat(breaker.check(passed, 50, 0).pass()).isTrue();
        assertThat(breaker.check(passed, 50, 0).inWindow()).isZero();
    }

    @Test
    void windowSlidesWithTheClock() {
        List<Instant> passed = times(10, NOW.minusSeconds(30));
        assertThat(breaker.check(passed, 0, 0).pass()).isFalse();
        Breaker later = new Breaker(WINDOW, 0.1, 10, Clock.fixed(NOW.plus(WINDOW), ZoneOffset.UTC));
        assertThat(later.check(passed, 0, 0).pass()).isTrue();
    }

    @Test
    void staysOpenWhileAnyHeldCommandIsPending() {
        Breaker.Verdict verdict = breaker.check(List.of(), 1000, 1);
        assertThat(verdict.pass()).isFalse();
        assertThat(verdict.reason()).contains("wait for an operator");
    }

    @Test
    void shareOfLinkedUsersRaisesTheThreshold() {
        assertThat(breaker.check(times(20, NOW.minusSeconds(1)), 300, 0).pass()).isTrue();
        assertThat(breaker.check(times(30, NOW.minusSeconds(1)), 300, 0).pass()).isFalse();
    }

    @Test
    void rejectsNonsenseConfiguration() {
        Clock clock = Clock.systemUTC();
        assertThatThrownBy(() -> new Breaker(Duration.ZERO, 0.1, 1, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Breaker(WINDOW, 1.5, 1, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Breaker(WINDOW, 0.1, -1, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Instant> times(int count, Instant at) {
        return Collections.nCopies(count, at);
    }
}
