package dev.switchboard.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: the in-JVM Kafka broker and embedded PostgreSQL, shared by every test of the module.
 * Giving the connection settings switches the Dev Services off.
 */
public class KafkaAndPostgresResource extends KafkaResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.datasource.jdbc.url", EmbeddedDatabase.jdbcUrl());
        config.put("quarkus.datasource.reactive.url", EmbeddedDatabase.reactiveUrl());
        config.put("quarkus.datasource.username", EmbeddedDatabase.USER);
        config.put("quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
        return config;
    }
}
