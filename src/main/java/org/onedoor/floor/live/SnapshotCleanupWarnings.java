package org.onedoor.floor.live;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops the two warnings Hibernate logs each time a floor snapshot's session closes: the snapshot
 * sets REPEATABLE READ with a native statement (the only way to set it through Hibernate
 * Reactive), Hibernate schedules a cache clean-up for it as for any native update, and Hibernate
 * Reactive does not run that clean-up at commit, so closing the session runs it (there is no
 * second-level cache: it does nothing) and says so. One warning pair per screen that connects is
 * noise that would bury real warnings after a restart, when thousands of screens reconnect.
 */
@LoggingFilter(name = "snapshot-cleanup-warnings")
public final class SnapshotCleanupWarnings implements Filter {

    static final String LOGGER = "org.hibernate.orm.session";

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return !(LOGGER.equals(record.getLoggerName()) && message != null
                && (message.startsWith("HHH90010101") || message.startsWith("HHH90010108")));
    }
}
