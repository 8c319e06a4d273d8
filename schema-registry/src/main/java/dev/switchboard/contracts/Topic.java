package dev.switchboard.contracts;

/**
 * A Kafka topic and the contract of what travels on it.
 *
 * @param name      the topic name, version included (a breaking change makes a new topic)
 * @param eventType the {@link Event#type()} of every event on it
 * @param version   the schema version, equal to the topic's suffix
 * @param dataType  the Java type of {@link Event#data()}
 */
public record Topic<T>(String name, String eventType, int version, Class<T> dataType) {

    /** Classpath location of the topic's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + name + ".json";
    }

    @Override
    public String toString() {
        return name;
    }
}
