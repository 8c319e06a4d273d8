package dev.switchboard.writers;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.ProvisioningResult;
import dev.switchboard.contracts.ProvisioningResult.TargetSystem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The commands a writer executed, with the result each produced, so that a redelivered or replayed command id is
 * answered DUPLICATE instead of being executed again. Idempotent by command id: the row (command id, outcome and the
 * whole published result) is one INSERT, so the id is never recorded without its outcome, and the first execution's
 * row is kept.
 *
 * <p>The table belongs to the writer (its own schema and Flyway migration) and has the columns {@code command_id}
 * (primary key), {@code link_id}, {@code action}, {@code outcome}, the target's user id ({@code extension_id} for
 * RingCentral, {@code okta_user_id} for Okta), {@code result_json} (jsonb) and {@code executed_at}.
 *
 * <p>Plain JDBC: it runs on the consumer's worker thread, which blocks on the target system anyway. Failures are not
 * caught here: without its ledger a writer must not execute anything.
 */
public class CommandLedger {

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");

    private final DataSource dataSource;
    private final TargetSystem system;
    private final String find;
    private final String record;
    private final String purge;

    /**
     * @param dataSource the writer's database
     * @param table      the ledger table, schema-qualified, e.g. {@code rcwriter.command_ledger}
     * @param system     the writer's target system; says which user id column the table has
     */
    public CommandLedger(DataSource dataSource, String table, TargetSystem system) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.system = Objects.requireNonNull(system, "system");
        if (table == null || !TABLE.matcher(table).matches()) {
            // the name is spliced into SQL: only a plain schema.table is accepted
            throw new IllegalArgumentException("ledger table must be schema.table in lower case, not " + table);
        }
        this.find = "SELECT result_json FROM " + table + " WHERE command_id = ?";
        this.record = "INSERT INTO " + table + " (command_id, link_id, action, outcome, " + userIdColumn(system)
                + ", result_json, executed_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (command_id) DO NOTHING";
        this.purge = "DELETE FROM " + table + " WHERE executed_at < ?";
    }

    /** The result recorded for {@code commandId}, if it was executed before. */
    public Optional<ProvisioningResult> find(String commandId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(find)) {
            select.setString(1, commandId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Json.MAPPER.readValue(row.getString(1), ProvisioningResult.class))
                        : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new LedgerException("could not look up command " + commandId + " in the ledger", e);
        }
    }

    /**
     * Records that {@code result}'s command was executed. A row that exists already is kept (the first execution is
     * the one that counts); returns whether this call inserted it.
     */
    public boolean record(ProvisioningResult result, Instant executedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(record)) {
            insert.setString(1, result.commandId());
            insert.setString(2, result.linkId());
            insert.setString(3, result.action());
            insert.setString(4, result.outcome().name());
            insert.setString(5, system == TargetSystem.RINGCENTRAL ? result.extensionId() : result.oktaUserId());
            insert.setString(6, Json.MAPPER.writeValueAsString(result));
            insert.setTimestamp(7, Timestamp.from(executedAt));
            return insert.executeUpdate() == 1;
        } catch (SQLException | JsonProcessingException e) {
            throw new LedgerException("could not record command " + result.commandId() + " in the ledger", e);
        }
    }

    /** Forgets commands executed before {@code cutoff}; returns how many. */
    public int purgeExecutedBefore(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(purge)) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerException("could not purge the ledger", e);
        }
    }

    private static String userIdColumn(TargetSystem system) {
        return switch (system) {
            case RINGCENTRAL -> "extension_id";
            case OKTA -> "okta_user_id";
        };
    }

    /** The ledger could not be read or written. */
    public static final class LedgerException extends RuntimeException {
        LedgerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
