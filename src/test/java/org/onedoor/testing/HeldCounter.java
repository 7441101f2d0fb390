package org.onedoor.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A counter's row locked from outside the server, as a slow call at that counter would hold it:
 * requests that need the counter queue up behind it, in the order they arrive, until
 * {@link #release}. Lets a test line up "two presses at once" deterministically.
 */
public final class HeldCounter implements AutoCloseable {

    private final TestDatabase database;
    private final Connection connection;

    private HeldCounter(TestDatabase database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    public static HeldCounter lock(TestDatabase database, String center, int number) throws SQLException {
        Connection connection = database.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id"
                + " WHERE c.code = ? AND k.number = ? FOR NO KEY UPDATE OF k")) {
            lock.setString(1, center);
            lock.setInt(2, number);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("No counter " + number + " in " + center);
                }
            }
        }
        return new HeldCounter(database, connection);
    }

    /** Waits until this many other sessions wait for a lock (a request is queued behind this one). */
    public void awaitWaiters(int count, Duration within) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        // its own connection: a transaction sees pg_stat_activity as it was when first asked
        try (Connection watcher = database.getConnection(); PreparedStatement waiting = watcher.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                + " WHERE wait_event_type = 'Lock' AND datname = current_database() AND pid <> pg_backend_pid()")) {
            while (true) {
                try (ResultSet row = waiting.executeQuery()) {
                    row.next();
                    if (row.getInt(1) >= count) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Fewer than " + count + " requests waited for the counter within " + within);
                }
                Thread.sleep(20);
            }
        }
    }

    public void release() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
