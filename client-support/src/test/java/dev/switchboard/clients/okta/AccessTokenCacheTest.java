package dev.switchboard.clients.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AccessTokenCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

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

    private final Hands clock = new Hands(T0);
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

        assertThatThrownBy(cache::token).isInstanceOfSatisfying(AccessTokenException.class, e -> {
            assertThat(e.error().code()).isEqualTo(OktaError.TOKEN_UNAVAILABLE);
            assertThat(e.error().summary()).contains("IllegalStateException: token endpoint down");
            assertThat(e.error().retryable()).isTrue();
        });
        assertThat(cache.token()).isEqualTo("tok-after-outage");
    }

    @Test
    void aTokenEndpointErrorBodyIsARefusalNotWorthRetrying() {
        AccessTokenCache cache = new AccessTokenCache(clock, Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("{\"error\":\"invalid_client\",\"error_description\":\"bad assertion\"}");
        });

        assertThatThrownBy(cache::token).isInstanceOfSatisfying(AccessTokenException.class, e -> {
            assertThat(e.error().code()).isEqualTo(OktaError.TOKEN_REFUSED);
            assertThat(e.error().summary()).endsWith("invalid_client");
            assertThat(e.error().causes()).containsExactly("bad assertion");
            assertThat(e.error().retryable()).isFalse();
        });
    }

    @Test
    void aTokenResponseWithoutAnAccessTokenIsNoToken() {
        assertThatThrownBy(() -> AccessTokenCache.Issued.of(" ", 1L)).isInstanceOfSatisfying(AccessTokenException.class,
                e -> assertThat(e.error().code()).isEqualTo(OktaError.TOKEN_UNAVAILABLE));
        assertThat(AccessTokenCache.Issued.of("t", 1_800_000_000L).expiresAt())
                .isEqualTo(Instant.ofEpochSecond(1_800_000_000L));
        assertThat(AccessTokenCache.Issued.of("t", null).expiresAt()).isNull();
    }

    @Test
    void renewalTimeIsTheLaterOfSkewBeforeExpiryAndHalfTheLifetime() {
        AccessTokenCache.Issued hour = new AccessTokenCache.Issued("t", T0.plus(Duration.ofHours(1)));
        assertThat(AccessTokenCache.renewAt(hour, T0, Duration.ofMinutes(1))).isEqualTo(T0.plus(Duration.ofMinutes(59)));
        assertThat(AccessTokenCache.renewAt(hour, T0, Duration.ofHours(2))).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(AccessTokenCache.renewAt(new AccessTokenCache.Issued("t", null), T0, Duration.ofMinutes(1))).isNull();
    }
}
