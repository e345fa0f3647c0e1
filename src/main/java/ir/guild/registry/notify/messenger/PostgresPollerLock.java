package ir.guild.registry.notify.messenger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * A PostgreSQL session advisory lock ({@code pg_try_advisory_lock}) held on a connection kept
 * for as long as this instance polls. If the instance dies or its connection breaks, the server
 * ends the session and drops the lock, so another instance takes over at its next try; nothing
 * has to expire. The connection comes from the app's pool, so one pooled connection stays busy
 * on the instance that polls.
 */
public class PostgresPollerLock implements PollerLock {

    /** "guildbot" in ASCII, apart from the other advisory lock keys of the app. */
    static final long KEY = 0x67756967646274L;

    private static final Logger LOG = Logger.getLogger(PostgresPollerLock.class);
    private static final int VALIDATION_SECONDS = 5;

    private final DataSource dataSource;
    private final long key;
    private Connection connection;

    public PostgresPollerLock(DataSource dataSource) {
        this(dataSource, KEY);
    }

    PostgresPollerLock(DataSource dataSource, long key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    @Override
    public synchronized boolean acquire() {
        if (connection != null) {
            try {
                if (connection.isValid(VALIDATION_SECONDS)) {
                    return true;
                }
            } catch (SQLException e) {
                // Treated as a lost connection below.
            }
            LOG.warn("Lost the database connection holding the messenger polling lock; trying to take it again");
            closeQuietly();
        }
        try {
            Connection candidate = dataSource.getConnection();
            try {
                candidate.setAutoCommit(true);
                if (query(candidate, "select pg_try_advisory_lock(?)")) {
                    connection = candidate;
                    LOG.info("This instance now polls the messenger bot's updates");
                    return true;
                }
            } catch (SQLException e) {
                candidate.close();
                throw e;
            }
            candidate.close();
            return false;
        } catch (SQLException e) {
            LOG.warnf("Cannot take the messenger polling lock: %s", e.getMessage());
            return false;
        }
    }

    @Override
    public synchronized void release() {
        if (connection == null) {
            return;
        }
        try {
            // The connection goes back to the pool with its session, so the lock must be let go of explicitly.
            query(connection, "select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            LOG.debugf("Could not unlock the messenger polling lock (the session ends it anyway): %s", e.getMessage());
        }
        closeQuietly();
    }

    private boolean query(Connection on, String sql) throws SQLException {
        try (PreparedStatement statement = on.prepareStatement(sql)) {
            statement.setLong(1, key);
            statement.setQueryTimeout(VALIDATION_SECONDS);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debugf("Closing the messenger polling lock's connection failed: %s", e.getMessage());
        }
        connection = null;
    }
}
