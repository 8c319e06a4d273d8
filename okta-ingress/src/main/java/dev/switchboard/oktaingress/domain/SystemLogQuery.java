package dev.switchboard.oktaingress.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.stream.Collectors;

/** What the backstop asks Okta's System Log for: the handled event types over a window that overlaps the last run. */
public final class SystemLogQuery {

    private SystemLogQuery() {
    }

    /** {@code eventType eq "a" or eventType eq "b" …}, sorted so that the query is the same every run. */
    public static String filter(Collection<String> eventTypes) {
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("no event types to filter on");
        }
        return eventTypes.stream().sorted().map(type -> "eventType eq \"" + type + "\"")
                .collect(Collectors.joining(" or "));
    }

    /**
     * Start of the window: two schedule intervals plus a margin back, so one late or skipped run still leaves every
     * event inside some run's window.
     */
    public static Instant since(Instant now, Duration interval, Duration margin) {
        return now.minus(interval.multipliedBy(2)).minus(margin).truncatedTo(ChronoUnit.MILLIS);
    }
}
