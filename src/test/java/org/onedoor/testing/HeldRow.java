package org.onedoor.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A row locked from outside the server, as a slow request would hold it: requests that need the
 * row queue up behind it, in the order they arrive, until {@link #release}. Lets a test line up
 * "two presses at once", or a request caught half-way, deterministically.
 */
public final class HeldRow implements AutoCloseable {

    private final TestDatabase database;
    private final Connection connection;

    private HeldRow(TestDatabase database, Connection connection) {
        this.database = database;
        this.connection = connection;
    }

    /** A counter's row, as a call at that counter holds it. */
    public static HeldRow counter(TestDatabase database, String center, int number) throws SQLException {
        return lock(database, "SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id"
                + " WHERE c.code = ? AND k.number = ? FOR NO KEY UPDATE OF k", center, number);
    }

    /** A field's row, as a slow edit of it holds it. */
    public static HeldRow field(TestDatabase database, String center, String code) throws SQLException {
        return lock(database, "SELECT f.id FROM field f JOIN center c ON c.id = f.center_id"
                + " WHERE c.code = ? AND f.code = ? FOR NO KEY UPDATE OF f", center, code);
    }

    /** A center's row, as a transaction writing the center's events holds it until its commit. */
    public static HeldRow center(TestDatabase database, String center) throws SQLException {
        return lock(database, "SELECT id FROM center WHERE code = ? FOR NO KEY UPDATE", center);
    }

    /** An account's row, as switching it off holds it until its commit. */
    public static HeldRow user(TestDatabase database, String username) throws SQLException {
        return lock(database, "SELECT id FROM app_user WHERE username = ? FOR UPDATE", username);
    }

    private static HeldRow lock(TestDatabase database, String sql, Object... keys) throws SQLException {
        Connection connection = database.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                lock.setObject(i + 1, keys[i]);
            }
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    connection.close();
                    throw new IllegalArgumentException("No row for " + Arrays.toString(keys));
                }
            }
        }
        return new HeldRow(database, connection);
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
                    throw new AssertionError("Fewer than " + count + " requests waited for a lock within " + within);
                }
                Thread.sleep(20);
            }
        }
    }

    /**
     * Sends each request once the one before waits for a lock (queued behind this row, in the
     * order sent), then lets them all go: their answers in the order sent. "Two presses at once",
     * deterministically.
     */
    public <T> List<T> letThrough(List<Callable<T>> requests) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> request : requests) {
                answers.add(senders.submit(request));
                awaitWaiters(answers.size(), Duration.ofSeconds(30));
            }
            release();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(1, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            senders.shutdownNow();
        }
    }

    /** Changes rows in the holding transaction, as the request holding the row would before it commits. */
    public void change(String sql, Object... values) throws SQLException {
        try (PreparedStatement change = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                change.setObject(i + 1, values[i]);
            }
            change.executeUpdate();
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
