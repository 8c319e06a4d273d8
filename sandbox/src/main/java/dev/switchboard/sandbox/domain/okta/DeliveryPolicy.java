package dev.switchboard.sandbox.domain.okta;

import java.util.List;

/**
 * How events that are due for one hook are grouped into deliveries (POSTs), in which order, and which
 * deliveries are sent a second time. {@link #plain()} sends one event per delivery in order, once;
 * {@link OktaDeliveryPolicy} behaves like Okta (batches, duplicates, no order guarantee).
 */
public interface DeliveryPolicy {

    /** One delivery to make: its events ({@code data.events}) and whether it is later sent again, same eventId. */
    record Planned(List<LogEvent> events, boolean duplicate) {
        public Planned {
            events = List.copyOf(events);
        }
    }

    /** The deliveries to make for {@code events}, each with at least one event, in sending order. */
    List<Planned> plan(List<LogEvent> events);

    /** One event per delivery, in the order they happened, each sent once. */
    static DeliveryPolicy plain() {
        return events -> events.stream().map(e -> new Planned(List.of(e), false)).toList();
    }
}
