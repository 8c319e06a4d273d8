package dev.switchboard.reconciler.outbox;

import java.net.URI;
import java.util.Objects;

/**
 * Host, port and database of the PostgreSQL server, read from the datasource's JDBC URL so that Flyway, Hibernate
 * and the Debezium relay share one source of truth.
 *
 * @param host     the server host
 * @param port     the server port (5432 when the URL names none)
 * @param database the database name
 */
public record DatabaseAddress(String host, int port, String database) {

    private static final String PREFIX = "jdbc:postgresql://";

    public DatabaseAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
    }

    /** Parses {@code jdbc:postgresql://host[:port]/database[?params]}; multi-host URLs are not supported. */
    public static DatabaseAddress fromJdbcUrl(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX) || jdbcUrl.substring(PREFIX.length()).contains(",")) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host[:port]/database, got " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath();
        if (uri.getHost() == null || path == null || path.length() < 2) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host[:port]/database, got " + jdbcUrl);
        }
        return new DatabaseAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path.substring(1));
    }
}
