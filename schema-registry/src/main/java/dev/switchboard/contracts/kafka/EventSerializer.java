package dev.switchboard.contracts.kafka;

import dev.switchboard.contracts.Event;
import dev.switchboard.contracts.Json;
import org.apache.kafka.common.serialization.Serializer;

/** Writes any {@link Event} as JSON. One serializer serves every topic. */
public class EventSerializer implements Serializer<Event<?>> {

    @Override
    public byte[] serialize(String topic, Event<?> event) {
        return event == null ? null : Json.write(event);
    }
}
