package dev.switchboard.reconciler.admin;

import dev.switchboard.contracts.Json;
import dev.switchboard.contracts.RingCentralCommand;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Puts a destructive command in table breaker_decision as the breaker holds it, without tripping the breaker for the
 * rest of the module's tests (a burst of removals would). Tests decide every decision they hold.
 */
final class HeldDecisions {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    HeldDecisions(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** A held command for a new link of {@code oktaUserId}; returns the decision id. */
    Held hold(String oktaUserId, RingCentralCommand.Action action) throws SQLException {
        UUID id = UUID.randomUUID();
        UUID linkId = UUID.randomUUID();
        String extensionId = "62" + Math.abs(oktaUserId.hashCode());
        RingCentralCommand command = new RingCentralCommand(UUID.randomUUID().toString(), linkId.toString(), action,
                oktaUserId, extensionId, Map.of(), "no longer assigned in Okta");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement insert = connection.prepareStatement("""
                     insert into breaker_decision (id, link_id, okta_user_id, extension_id, action, command,
                         correlation_id, reason, held_at, status)
                     values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, 'PENDING')""")) {
            insert.setObject(1, id);
            insert.setObject(2, linkId);
            insert.setString(3, oktaUserId);
            insert.setString(4, extensionId);
            insert.setString(5, action.name());
            insert.setString(6, Json.writeString(command));
            insert.setString(7, UUID.randomUUID().toString());
            insert.setString(8, "no longer assigned in Okta — held: test");
            insert.setTimestamp(9, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return new Held(id, linkId);
    }

    String status(UUID id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement select = connection.prepareStatement("select status from breaker_decision where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    record Held(UUID id, UUID linkId) {
    }
}
