package org.onedoor.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Plain JDBC to the tests' PostgreSQL, for a test that changes rows behind the server's back. */
@ApplicationScoped
public class TestDatabase {

    @ConfigProperty(name = EmbeddedPostgresResource.JDBC_URL)
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, user, null);
    }

    /**
     * A connection holding {@code mode} on {@code table} until its rollback or close: the requests
     * a test sends meanwhile wait at the lock, where the test can find them ({@link #awaitLockWaits}).
     */
    public Connection lockTable(String table, String mode) throws SQLException {
        Connection connection = getConnection();
        connection.setAutoCommit(false);
        connection.createStatement().execute("LOCK TABLE " + table + " IN " + mode + " MODE");
        return connection;
    }

    /**
     * Waits (10 s at most) until {@code count} statements wait on a lock: requests a test holds
     * at a lock it took, so that it knows they got that far.
     *
     * @param statementLike a LIKE pattern the waiting statements match, or null for any
     */
    public void awaitLockWaits(int count, String statementLike) throws SQLException, InterruptedException {
        try (Connection watcher = getConnection(); PreparedStatement waiting = watcher.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND (CAST(? AS text) IS NULL OR query LIKE ?)")) {
            waiting.setString(1, statementLike);
            waiting.setString(2, statementLike);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            int seen = 0;
            while (System.nanoTime() < until) {
                try (ResultSet r = waiting.executeQuery()) {
                    r.next();
                    seen = r.getInt(1);
                }
                if (seen >= count) {
                    return;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("statements waiting on a lock: " + seen + ", expected " + count);
        }
    }
}
