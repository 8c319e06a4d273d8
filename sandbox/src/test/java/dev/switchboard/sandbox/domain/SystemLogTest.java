package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.okta.LogEvent;
import dev.switchboard.sandbox.domain.okta.LogFilter;
import dev.switchboard.sandbox.domain.okta.OktaApiException;
import dev.switchboard.sandbox.domain.okta.SystemLog;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SystemLogTest {

    private final MutableClock clock = new MutableClock();
    private final SystemLog log = new SystemLog(clock);

    @Test
    void filterMatchesEventTypesJoinedByOr() {
        LogFilter filter = LogFilter.parse("eventType eq \"user.lifecycle.suspend\" or eventType eq \"user.lifecycle.create\"");
        assertThat(filter.test(LogEvents.event(clock, "user.lifecycle.create", "u1"))).isTrue();
        assertThat(filter.test(LogEvents.event(clock, "user.lifecycle.suspend", "u1"))).isTrue();
        assertThat(filter.test(LogEvents.event(clock, "user.lifecycle.activate", "u1"))).isFalse();
        assertThat(LogFilter.parse(null).test(LogEvents.event(clock, "user.lifecycle.activate", "u1"))).isTrue();
    }

    @Test
    void unsupportedFiltersAreRefusedNotIgnored() {
        for (String bad : List.of("eventType sw \"user\"", "actor.id eq \"x\"", "eventType eq \"a\" and eventType eq \"b\"",
                "eventType eq user.lifecycle.create")) {
            assertThatThrownBy(() -> LogFilter.parse(bad)).as(bad).isInstanceOf(OktaApiException.class)
                    .extracting(e -> ((OktaApiException) e).status()).isEqualTo(400);
        }
    }

    @Test
    void boundedQueryPagesWithTheCursorAndEnds() {
        log.record(LogEvents.creates(clock, 5));
        Instant since = clock.instant().minusSeconds(1);
        Instant until = clock.instant().plusSeconds(1);
        SystemLog.Page first = log.query(since, until, LogFilter.parse(null), 2, null);
        SystemLog.Page second = log.query(since, until, LogFilter.parse(null), 2, first.nextAfter());
        SystemLog.Page third = log.query(since, until, LogFilter.parse(null), 2, second.nextAfter());
        assertThat(first.events()).extracting(e -> e.targetIds("User").get(0)).containsExactly("u0", "u1");
        assertThat(second.events()).extracting(e -> e.targetIds("User").get(0)).containsExactly("u2", "u3");
        assertThat(third.events()).extracting(e -> e.targetIds("User").get(0)).containsExactly("u4");
        assertThat(third.nextAfter()).isNull();
    }

    @Test
    void pollingAlwaysHasANextPageThatPicksUpNewEvents() {
        log.record(LogEvents.creates(clock, 1));
        SystemLog.Page first = log.query(null, null, LogFilter.parse(null), 10, null);
        assertThat(first.events()).hasSize(1);
        SystemLog.Page empty = log.query(null, null, LogFilter.parse(null), 10, first.nextAfter());
        assertThat(empty.events()).isEmpty();
        assertThat(empty.nextAfter()).isEqualTo(first.nextAfter());
        LogEvent later = LogEvents.event(clock, "user.lifecycle.suspend", "u9");
        log.record(List.of(later));
        assertThat(log.query(null, null, LogFilter.parse(null), 10, empty.nextAfter()).events()).containsExactly(later);
    }

    @Test
    void sinceUntilAndFilterSelect() {
        log.record(List.of(LogEvents.event(clock, "user.lifecycle.create", "old")));
        clock.advance(Duration.ofHours(1));
        Instant since = clock.instant();
        log.record(List.of(LogEvents.event(clock, "user.lifecycle.create", "new"),
                LogEvents.event(clock, "user.lifecycle.activate", "new")));
        clock.advance(Duration.ofHours(1));
        log.record(List.of(LogEvents.event(clock, "user.lifecycle.create", "future")));
        SystemLog.Page page = log.query(since, clock.instant(), LogFilter.parse("eventType eq \"user.lifecycle.create\""),
                10, null);
        assertThat(page.events()).extracting(e -> e.targetIds("User").get(0)).containsExactly("new");
        assertThat(log.query(null, null, LogFilter.parse(null), 10, null).events()).as("default since: 7 days")
                .hasSize(4);
    }

    @Test
    void aForgedCursorIsA400() {
        assertThatThrownBy(() -> log.query(null, null, LogFilter.parse(null), 10, "not-a-cursor"))
                .isInstanceOf(OktaApiException.class);
    }
}
