package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every Switchboard event travels in, on every topic.
 *
 * @param id            unique id of this event; consumers dedupe on it
 * @param type          the event type, fixed per topic (see {@link Topic#eventType()})
 * @param schemaVersion version of the topic's JSON Schema the event conforms to
 * @param time          when the event was produced
 * @param key           the key the topic is partitioned by (Okta user id, extension id or link id)
 * @param correlationId follows one change from the first hook to the last write
 * @param causationId   id of the event that directly caused this one, if any
 * @param data          the topic's payload
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event<T>(
        String id,
        String type,
        int schemaVersion,
        Instant time,
        String key,
        String correlationId,
        String causationId,
        T data) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(data, "data");
    }

    /** A new event on {@code topic} that starts a correlation of its own. */
    public static <T> Event<T> first(Topic<T> topic, String key, T data) {
        String id = UUID.randomUUID().toString();
        return new Event<>(id, topic.eventType(), topic.version(), Instant.now(), key, id, null, data);
    }

    /** A new event on {@code topic} caused by {@code cause}, keeping its correlation id. */
    public static <T> Event<T> causedBy(Event<?> cause, Topic<T> topic, String key, T data) {
        return new Event<>(UUID.randomUUID().toString(), topic.eventType(), topic.version(), Instant.now(), key,
                cause.correlationId(), cause.id(), data);
    }

    /** A new event on {@code topic} continuing the given correlation. */
    public static <T> Event<T> inCorrelation(String correlationId, String causationId, Topic<T> topic, String key, T data) {
        return new Event<>(UUID.randomUUID().toString(), topic.eventType(), topic.version(), Instant.now(), key,
                correlationId, causationId, data);
    }
}
