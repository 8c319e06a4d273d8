package dev.switchboard.rcingress.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Work that must not run on two replicas at once — keeping the subscription, a full import — takes a PostgreSQL
 * session advisory lock first ({@code pg_try_advisory_lock}), held on its own connection for as long as the work
 * runs. A replica that dies loses its session and with it the lock, so nothing stays locked after a crash.
 */
@ApplicationScoped
public class ReplicaLock {

    private static final Logger LOG = Logger.getLogger(ReplicaLock.class);

    /** The guarded jobs; each key is fixed (it is shared by every replica and version). */
    public enum Job {
        SUBSCRIPTION(0x5B0A_0001L),
        IMPORT(0x5B0A_0002L);

        final long key;

        Job(long key) {
            this.key = key;
        }
    }

    /** A lock this replica holds; closing it unlocks and returns the connection. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private final AgroalDataSource dataSource;

    ReplicaLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The job's lock if no replica holds it now; empty when one does. */
    public Optional<Held> tryAcquire(Job job) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, job.key);
                try (ResultSet row = lock.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        Connection held = connection;
                        return Optional.of(() -> release(job, held));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not take the " + job + " lock", e);
        }
    }

    private static void release(Job job, Connection connection) {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, job.key);
            unlock.execute();
            connection.close();
        } catch (SQLException e) {
            // the pooled session would keep the lock: end the session instead of returning it to the pool
            LOG.warnf("could not release the %s lock (%s): closing its session", job, e.getMessage());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // the session is gone either way
            }
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }
}
