package dev.switchboard.writers;

import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.Outcome;
import dev.switchboard.contracts.ProvisioningResult.TargetSystem;
import dev.switchboard.testing.EmbeddedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Ledger tables shaped as the writers' migrations make them (ringcentral-writer's with {@code extension_id},
 * okta-writer's with {@code okta_user_id}), in the embedded PostgreSQL.
 */
final class LedgerTables {

    static final String RINGCENTRAL = "ledgertest.rc_command_ledger";
    static final String OKTA = "ledgertest.okta_command_ledger";

    private static DataSource dataSource;

    private LedgerTables() {
    }

    /** The embedded database, with both tables created on first use. */
    static synchronized DataSource dataSource() {
        if (dataSource == null) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl(EmbeddedDatabase.jdbcUrl());
            postgres.setUser(EmbeddedDatabase.USER);
            postgres.setPassword(EmbeddedDatabase.PASSWORD);
            execute(postgres, "CREATE SCHEMA IF NOT EXISTS ledgertest");
            execute(postgres, table(RINGCENTRAL, "extension_id"));
            execute(postgres, table(OKTA, "okta_user_id"));
            dataSource = postgres;
        }
        return dataSource;
    }

    /** A database nobody listens at. */
    static DataSource unreachable() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        return nowhere;
    }

    static String uniqueId(String prefix) {
        return prefix + UUID.randomUUID();
    }

    static ProvisioningResult result(TargetSystem system, String commandId, Outcome outcome) {
        return new ProvisioningResult(commandId, "link-" + commandId, system, "UPDATE", outcome, "00u-" + commandId,
                system == TargetSystem.RINGCENTRAL ? "ext-" + commandId : null, Map.of("contact.firstName", "Ada"),
                null, 2, Instant.parse("2025-01-02T03:04:05Z"));
    }

    private static String table(String name, String userIdColumn) {
        return "CREATE TABLE IF NOT EXISTS " + name + " (command_id text PRIMARY KEY, link_id text NOT NULL,"
                + " action text NOT NULL, outcome text NOT NULL, " + userIdColumn + " text,"
                + " result_json jsonb NOT NULL, executed_at timestamptz NOT NULL)";
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The single value {@code sql} selects. */
    static String select(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
             var row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
