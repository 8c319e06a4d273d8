package dev.switchboard.oktawriter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.ProvisioningResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The commands this writer executed (table {@code oktawriter.command_ledger}), with the result each produced. Plain
 * JDBC on the consumer's worker thread, which blocks on Okta anyway. Failures are not caught here: without its ledger
 * the writer must not execute anything.
 */
@ApplicationScoped
public class CommandLedger {

    private final DataSource dataSource;

    @Inject
    CommandLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The result recorded for {@code commandId}, if it was executed before. */
    public Optional<ProvisioningResult> find(String commandId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT result_json FROM oktawriter.command_ledger WHERE command_id = ?")) {
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
     * Records that {@code result}'s command was executed. An existing row is kept (the first execution counts);
     * returns whether this call inserted it.
     */
    public boolean record(ProvisioningResult result, Instant executedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO oktawriter.command_ledger
                         (command_id, link_id, action, outcome, okta_user_id, result_json, executed_at)
                     VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)
                     ON CONFLICT (command_id) DO NOTHING""")) {
            insert.setString(1, result.commandId());
            insert.setString(2, result.linkId());
            insert.setString(3, result.action());
            insert.setString(4, result.outcome().name());
            insert.setString(5, result.oktaUserId());
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
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM oktawriter.command_ledger WHERE executed_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerException("could not purge the ledger", e);
        }
    }

    /** The ledger could not be read or written. */
    public static final class LedgerException extends RuntimeException {
        LedgerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
