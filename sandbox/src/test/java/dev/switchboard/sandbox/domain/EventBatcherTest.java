package dev.switchboard.sandbox.domain;

import dev.switchboard.sandbox.domain.okta.EventBatcher;
import dev.switchboard.sandbox.domain.okta.LogEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventBatcherTest {

    private static final Duration WINDOW = Duration.ofMillis(500);
    private final MutableClock clock = new MutableClock();
    private final EventBatcher batcher = new EventBatcher();

    @Test
    void eventsCloseTogetherGoOutInOneBatchWhenTheWindowHasPassed() {
        List<LogEvent> events = LogEvents.creates(clock, 3);
        assertThat(batcher.add("h", events.subList(0, 1), clock.instant(), WINDOW, 10)).isEmpty();
        clock.advance(Duration.ofMillis(200));
        assertThat(batcher.add("h", events.subList(1, 3), clock.instant(), WINDOW, 10)).isEmpty();
        clock.advance(Duration.ofMillis(299));
        assertThat(batcher.due(clock.instant(), WINDOW)).as("window opened 499 ms ago").isEmpty();
        clock.advance(Duration.ofMillis(1));
        List<EventBatcher.Ready> due = batcher.due(clock.instant(), WINDOW);
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.hookId()).isEqualTo("h");
            assertThat(r.events()).containsExactlyElementsOf(events);
        });
        assertThat(batcher.due(clock.instant(), WINDOW)).isEmpty();
    }

    @Test
    void aFullBatchGoesOutAtOnce() {
        List<EventBatcher.Ready> ready = batcher.add("h", LogEvents.creates(clock, 5), clock.instant(), WINDOW, 2);
        assertThat(ready).extracting(r -> r.events().size()).containsExactly(2, 2);
        assertThat(batcher.drain()).singleElement().satisfies(r -> assertThat(r.events()).hasSize(1));
    }

    @Test
    void zeroWindowSendsEverythingImmediatelyAndHooksAreSeparate() {
        assertThat(batcher.add("a", LogEvents.creates(clock, 3), clock.instant(), Duration.ZERO, 2))
                .extracting(r -> r.events().size()).containsExactly(2, 1);
        batcher.add("b", LogEvents.creates(clock, 1), clock.instant(), WINDOW, 10);
        assertThat(batcher.add("c", LogEvents.creates(clock, 1), clock.instant(), WINDOW, 10)).isEmpty();
        clock.advance(WINDOW);
        assertThat(batcher.due(clock.instant(), WINDOW)).extracting(EventBatcher.Ready::hookId).containsExactly("b", "c");
    }
}
