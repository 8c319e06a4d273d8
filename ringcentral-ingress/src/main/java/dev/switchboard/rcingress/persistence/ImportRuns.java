package dev.switchboard.rcingress.persistence;

import dev.switchboard.contracts.Json;
import dev.switchboard.rcingress.domain.ImportReport;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The table import_run: each run's report, kept for GET /admin/import/{runId}. */
@ApplicationScoped
public class ImportRuns {

    private final AgroalDataSource dataSource;

    ImportRuns(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void save(ImportReport report) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into rcingress.import_run (run_id, trigger, status, started_at, finished_at, report)
                     values (?, ?, ?, ?, ?, ?)
                     on conflict (run_id) do update set status = excluded.status, finished_at = excluded.finished_at,
                         report = excluded.report""")) {
            upsert.setString(1, report.runId());
            upsert.setString(2, report.trigger());
            upsert.setString(3, report.status());
            upsert.setTimestamp(4, Timestamp.from(report.startedAt()));
            upsert.setTimestamp(5, report.finishedAt() == null ? null : Timestamp.from(report.finishedAt()));
            upsert.setString(6, Json.writeString(report));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store import run " + report.runId(), e);
        }
    }

    public Optional<ImportReport> find(String runId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select report from rcingress.import_run where run_id = ?")) {
            select.setString(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(Json.MAPPER.readValue(rows.getString(1), ImportReport.class)) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not read import run " + runId, e);
        }
    }

    /** When the newest completed run (of any replica) started; empty when none has completed. */
    public Optional<Instant> lastCompletedStart() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select max(started_at) from rcingress.import_run where status = ?")) {
            select.setString(1, ImportReport.COMPLETED);
            try (ResultSet rows = select.executeQuery()) {
                Timestamp at = rows.next() ? rows.getTimestamp(1) : null;
                return Optional.ofNullable(at).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the last import run", e);
        }
    }
}
