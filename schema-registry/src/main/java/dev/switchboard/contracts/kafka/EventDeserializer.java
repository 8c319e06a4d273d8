package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.Topic;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the events of one topic. Subclasses fix the topic so that Kafka can instantiate them by class name
 * ({@code value.deserializer}). Throws {@link dev.switchboard.contracts.InvalidEventException} on a bad record.
 */
public abstract class EventDeserializer<T> implements Deserializer<Event<T>> {

    private final Topic<T> topic;

    protected EventDeserializer(Topic<T> topic) {
        this.topic = topic;
    }

    @Override
    public Event<T> deserialize(String kafkaTopic, byte[] data) {
        return data == null ? null : Json.readEvent(topic, data);
    }
}
