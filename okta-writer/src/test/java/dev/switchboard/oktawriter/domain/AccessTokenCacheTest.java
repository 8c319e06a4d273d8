package dev.switchboard.oktawriter.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AccessTokenCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** A token endpoint that issues tok-1, tok-2, … each living {@code lifetime} from the clock's now. */
    private static final class Endpoint implements Supplier<AccessTokenCache.Issued> {
        final Hands clock;
        final Duration lifetime;
        int issued;

        Endpoint(Hands clock, Duration lifetime) {
            this.clock = clock;
            this.lifetime = lifetime;
        }

        @Override
        public AccessTokenCache.Issued get() {
            issued++;
            return new AccessTokenCache.Issued("tok-" + issued, lifetime == null ? null : clock.now.plus(lifetime));
        }
    }

    private final Hands clock = new Hands();
    private final Endpoint hourTokens = new Endpoint(clock, Duration.ofHours(1));
    private final AccessTokenCache cache = new AccessTokenCache(clock, Duration.ofMinutes(1), hourTokens);

    @Test
    void aTokenIsKeptUntilAMinuteBeforeItExpires() {
        assertThat(cache.token()).isEqualTo("tok-1");
        clock.now = T0.plus(Duration.ofMinutes(58)).plusSeconds(59);
        assertThat(cache.token()).isEqualTo("tok-1");
        assertThat(hourTokens.issued).isEqualTo(1);

        clock.now = T0.plus(Duration.ofMinutes(59));
        assertThat(cache.token()).isEqualTo("tok-2");
        assertThat(hourTokens.issued).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsReplacedOnTheNextCallAndOnlyOnceWhenReportedTwice() {
        String first = cache.token();

        cache.refused(first);
        assertThat(cache.token()).isEqualTo("tok-2");
        // a second caller that also got a 401 with the first token reports it late: its replacement stays
        cache.refused(first);

        assertThat(cache.token()).isEqualTo("tok-2");
        assertThat(hourTokens.issued).isEqualTo(2);
    }

    @Test
    void aShortLivedTokenIsKeptForHalfItsLifetimeAtLeast() {
        Endpoint endpoint = new Endpoint(clock, Duration.ofSeconds(60));
        AccessTokenCache cache = new AccessTokenCache(clock, Duration.ofMinutes(1), endpoint);
        cache.token();

        clock.now = T0.plusSeconds(29);
        assertThat(cache.token()).isEqualTo("tok-1");
        clock.now = T0.plusSeconds(30);
        assertThat(cache.token()).isEqualTo("tok-2");
    }

    @Test
    void aTokenWithoutExpiryIsKeptUntilRefused() {
        Endpoint endpoint = new Endpoint(clock, null);
        AccessTokenCache cache = new AccessTokenCache(clock, Duration.ofMinutes(1), endpoint);
        cache.token();
        clock.now = T0.plus(Duration.ofDays(2));

        assertThat(cache.token()).isEqualTo("tok-1");
        cache.refused("tok-1");
        assertThat(cache.token()).isEqualTo("tok-2");
    }

    @Test
    void aFailedFetchReachesTheCallerAndTheNextCallTriesAgain() {
        Deque<Supplier<AccessTokenCache.Issued>> answers = new ArrayDeque<>(List.of(
                () -> {
                    throw new IllegalStateException("token endpoint down");
                },
                () -> new AccessTokenCache.Issued("tok-after-outage", T0.plus(Duration.ofHours(1)))));
        AccessTokenCache cache = new AccessTokenCache(clock, Duration.ofMinutes(1), () -> answers.poll().get());

        assertThatThrownBy(cache::token).hasMessage("token endpoint down");
        assertThat(cache.token()).isEqualTo("tok-after-outage");
    }

    @Test
    void renewalTimeIsTheLaterOfSkewBeforeExpiryAndHalfTheLifetime() {
        AccessTokenCache.Issued hour = new AccessTokenCache.Issued("t", T0.plus(Duration.ofHours(1)));
        assertThat(AccessTokenCache.renewAt(hour, T0, Duration.ofMinutes(1))).isEqualTo(T0.plus(Duration.ofMinutes(59)));
        assertThat(AccessTokenCache.renewAt(hour, T0, Duration.ofHours(2))).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(AccessTokenCache.renewAt(new AccessTokenCache.Issued("t", null), T0, Duration.ofMinutes(1))).isNull();
    }
}
