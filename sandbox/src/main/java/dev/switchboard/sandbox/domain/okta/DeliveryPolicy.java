package dev.switchboard.sandbox.domain.okta;

import java.util.List;

/**
 * How events that are due for one hook are grouped into deliveries (POSTs). The plain policy sends one event
 * per delivery in order; batching, duplicates and shuffling (issue 3) are further implementations.
 */
public interface DeliveryPolicy {

    /** The deliveries to make for {@code events}, each a non-empty list of events, in sending order. */
    List<List<LogEvent>> plan(List<LogEvent> events);

    /** One event per delivery, in the order they happened, each sent once. */
    static DeliveryPolicy plain() {
        return events -> events.stream().map(List::of).toList();
    }
}
