package dev.switchboard.reconciler.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Provenance of one attribute value: the value, the event that brought it and when it was applied.
 *
 * @param value         the value
 * @param sourceEventId the event (snapshot event, or command for the echo ledger) it came with
 * @param at            when it was applied or commanded
 */
public record ObservedValue(String value, String sourceEventId, Instant at) {

    public ObservedValue {
        Objects.requireNonNull(value, "value");
    }

    /**
     * New provenance after applying {@code values} from event {@code eventId}: an unchanged value keeps its original
     * source and time, a changed or new one gets the event's; absent values are dropped.
     */
    public static Map<String, ObservedValue> merge(Map<String, ObservedValue> previous, Map<String, String> values,
                                                   String eventId, Instant now) {
        Map<String, ObservedValue> merged = new LinkedHashMap<>();
        values.forEach((attribute, value) -> {
            ObservedValue before = previous.get(attribute);
            merged.put(attribute, before != null && before.value().equals(value)
                    ? before : new ObservedValue(value, eventId, now));
        });
        return merged;
    }

    /** The bare values. */
    public static Map<String, String> values(Map<String, ObservedValue> observed) {
        Map<String, String> values = new LinkedHashMap<>();
        observed.forEach((attribute, v) -> values.put(attribute, v.value()));
        return values;
    }
}
