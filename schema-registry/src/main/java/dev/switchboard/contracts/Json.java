package dev.switchboard.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON mapping of events, shared by every producer and consumer. */
public final class Json {

    /** Unknown fields are ignored so that a compatible (additive) change never breaks an older consumer. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private Json() {
    }

    public static <T> JavaType eventType(Topic<T> topic) {
        return MAPPER.getTypeFactory().constructParametricType(Event.class, topic.dataType());
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writeString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an event of {@code topic}; fails with {@link InvalidEventException} on anything else. */
    public static <T> Event<T> readEvent(Topic<T> topic, byte[] bytes) {
        try {
            Event<T> event = MAPPER.readValue(bytes, eventType(topic));
            if (!topic.eventType().equals(event.type())) {
                throw new InvalidEventException(topic, "type is " + event.type() + ", expected " + topic.eventType());
            }
            if (event.schemaVersion() > topic.version()) {
                throw new InvalidEventException(topic, "schema version " + event.schemaVersion() + " is newer than " + topic.version());
            }
            return event;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidEventException invalid) {
                throw invalid;
            }
            throw new InvalidEventException(topic, e.getMessage(), e);
        }
    }

    public static <T> Event<T> readEvent(Topic<T> topic, String json) {
        return readEvent(topic, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
