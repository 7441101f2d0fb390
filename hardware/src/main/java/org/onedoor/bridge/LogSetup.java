package org.onedoor.bridge;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * One line per event on standard output ({@code 2025-03-01 08:00:01.234 INFO  printed … on ticket}),
 * flushed at once so a supervisor (systemd, a test) sees it when it happens. The bridge logs
 * through {@link System.Logger}, which the JDK routes to java.util.logging.
 *
 * <p>java.util.logging closes its handlers in a shutdown hook of its own, which runs beside the
 * bridge's: a SIGTERM during a print lost the lines that the bridge's hook logged while it let
 * the ticket finish ("printed …", "bridge stopped"). {@link Main} installs {@link KeptLogManager},
 * which ignores that reset, and the handler never closes standard output.
 */
final class LogSetup {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private LogSetup() {
    }

    /** Set as java.util.logging.manager before the first log line: the manager whose reset is ours alone. */
    public static final class KeptLogManager extends LogManager {
        @Override
        public void reset() {
            // java.util.logging's shutdown hook: the bridge's own hook may still be logging
        }

        void resetNow() {
            super.reset();
        }
    }

    static void init(boolean verbose) {
        if (LogManager.getLogManager() instanceof KeptLogManager kept) {
            kept.resetNow();
        } else {
            LogManager.getLogManager().reset();
        }
        Logger root = Logger.getLogger("");
        Handler handler = new StreamHandler(System.out, new OneLine(verbose)) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }

            @Override
            public synchronized void close() {
                flush(); // never System.out itself
            }
        };
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        // DEBUG lines are ours only: libraries' fine logging stays quiet
        Logger.getLogger("org.onedoor.bridge").setLevel(verbose ? Level.FINE : Level.INFO);
    }

    private static final class OneLine extends Formatter {
        private final boolean stackTraces;

        OneLine(boolean stackTraces) {
            this.stackTraces = stackTraces;
        }

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(TIME.format(LocalDateTime.now())).append(' ')
                    .append(String.format("%-5s", level(record.getLevel()))).append(' ').append(formatMessage(record));
            Throwable error = record.getThrown();
            if (error != null) {
                line.append(": ").append(error);
                if (stackTraces) {
                    java.io.StringWriter trace = new java.io.StringWriter();
                    error.printStackTrace(new java.io.PrintWriter(trace));
                    line.append(System.lineSeparator()).append(trace);
                }
            }
            return line.append(System.lineSeparator()).toString();
        }

        private static String level(Level level) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (level.intValue() >= Level.WARNING.intValue()) {
                return "WARN";
            }
            return level.intValue() >= Level.INFO.intValue() ? "INFO" : "DEBUG";
        }
    }
}
