package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.TestDatabase;

/** Work whose client went away is rolled back; that is no fault, and the log must not call it one. */
@QuarkusTest
class DroppedFailuresTest {

    @Inject
    TestDatabase database;

    /**
     * A screen asks for a pairing code and reloads before the answer: its request's transaction,
     * held here on a lock on the pairing table, is rolled back when the connection goes, and the
     * server says so as a warning, not as an error.
     */
    @Test
    void shouldNotLogAnErrorWhenAClientGoesAwayMidTransaction() throws Exception {
        List<LogRecord> rollbacks = new ArrayList<>();
        Handler watcher = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String text = record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown());
                if (text.contains("HR000090") || text.contains("rolled back")) {
                    synchronized (rollbacks) {
                        rollbacks.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(watcher);
        try (Connection holder = database.lockTable("pairing", "ACCESS EXCLUSIVE")) {
            try (Socket screen = new Socket("127.0.0.1", RestAssured.port)) {
                OutputStream out = screen.getOutputStream();
                out.write(("POST /api/pairing HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                database.awaitLockWaits(1, null);
            } // the screen reloads: its connection goes
            Thread.sleep(300);
            holder.rollback();

            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < until && snapshot(rollbacks).isEmpty()) {
                Thread.sleep(50);
            }
        } finally {
            Logger.getLogger("").removeHandler(watcher);
        }
        List<LogRecord> logged = snapshot(rollbacks);
        assertThat(logged).as("the rollback is told").isNotEmpty();
        assertThat(logged).extracting(LogRecord::getLevel).as("as a warning").containsOnly(Level.WARNING);
    }

    private static List<LogRecord> snapshot(List<LogRecord> records) {
        synchronized (records) {
            return List.copyOf(records);
        }
    }
}
