package dev.switchboard.rcingress.persistence;

import dev.switchboard.rcingress.domain.ExtensionFingerprint;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The table known_extension: what the last completed import saw of each user extension. */
@ApplicationScoped
public class KnownExtensions {

    private final AgroalDataSource dataSource;

    KnownExtensions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Extension id to fingerprint. */
    public Map<String, ExtensionFingerprint> load() {
        Map<String, ExtensionFingerprint> known = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select extension_id, content_hash, direct_number_hash from rcingress.known_extension");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                known.put(rows.getString(1), new ExtensionFingerprint(rows.getString(2), rows.getString(3)));
            }
            return known;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read known_extension", e);
        }
    }

    /**
     * After a completed run, in one transaction: what it saw is known now, what is gone is forgotten. A run that did
     * not read direct numbers keeps the digest of the last one that did.
     */
    public void record(String runId, Map<String, ExtensionFingerprint> seen, List<String> gone, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into rcingress.known_extension (extension_id, content_hash, direct_number_hash, last_seen_run,
                        last_seen_at)
                    values (?, ?, ?, ?, ?)
                    on conflict (extension_id) do update set content_hash = excluded.content_hash,
                        direct_number_hash = coalesce(excluded.direct_number_hash, known_extension.direct_number_hash),
                        last_seen_run = excluded.last_seen_run, last_seen_at = excluded.last_seen_at""");
                 PreparedStatement delete = connection.prepareStatement("delete from rcingress.known_extension where extension_id = ?")) {
                for (Map.Entry<String, ExtensionFingerprint> entry : seen.entrySet()) {
                    upsert.setString(1, entry.getKey());
                    upsert.setString(2, entry.getValue().content());
                    upsert.setString(3, entry.getValue().directNumber());
                    upsert.setString(4, runId);
                    upsert.setTimestamp(5, Timestamp.from(at));
                    upsert.addBatch();
                }
                upsert.executeBatch();
                for (String id : gone) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not update known_extension", e);
        }
    }
}
