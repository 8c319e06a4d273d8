package dev.switchboard.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    @Test
    void ceilingDoublesPerRetryUpToTheCap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.ceiling(1_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void fullJitterScalesTheCeilingByTheRandomValue() {
        assertThat(backoff.delay(3, () -> 0.0)).isZero();
        assertThat(backoff.delay(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delay(3, () -> 0.999)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void retryAfterWins() {
        assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(42)), () -> 0.5)).isEqualTo(Duration.ofSeconds(42));
        assertThat(backoff.delay(1, Optional.empty(), () -> 0.5)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> backoff.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void delayStaysWithinZeroAndTheCap(@ForAll @IntRange(min = 1, max = 10_000) int retry,
                                       @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double random) {
        Duration delay = backoff.delay(retry, () -> random);
        assertThat(delay).isBetween(Duration.ZERO, Duration.ofSeconds(60));
        assertThat(delay).isLessThanOrEqualTo(backoff.ceiling(retry));
    }
}
