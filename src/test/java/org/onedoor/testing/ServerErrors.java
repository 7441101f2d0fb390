package org.onedoor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The server's ERROR lines while it is open: a {@code @QuarkusTest} runs the server in the test's
 * own JVM, whose log manager is java.util.logging's, so a handler on the root logger sees them.
 * For a test that checks a fault is handled without a false alarm in the log.
 */
public final class ServerErrors implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (lines) {
                    lines.add(record.getLoggerName() + ": " + record.getMessage()
                            + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
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

    private ServerErrors() {
        Logger.getLogger("").addHandler(handler);
    }

    public static ServerErrors watch() {
        return new ServerErrors();
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
