package org.onedoor.common;

import io.smallrye.mutiny.CompositeException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import org.hibernate.HibernateException;

/**
 * Tells a failure caused by an unreachable database (stopped, restarting, network cut) from a
 * genuine server fault, so the client gets 503 "try again shortly" instead of 500: commune power
 * and networks fail often, and a kiosk that knows the server is only waiting for its database can
 * tell the citizen to wait. The pool reconnects by itself once the database is back.
 */
public final class DatabaseOutage {

    /** How long a client should wait before it tries again, in seconds (the Retry-After header). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        // an I/O error under Hibernate or the SQL client is the database's connection failing;
        // elsewhere it may be a disk, unless its words say a connection was lost
        boolean underDatabase = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CompositeException several) {
                return several.getCauses().stream().anyMatch(DatabaseOutage::causedBy);
            }
            // Vert.x's own exceptions count too: a REST request reaches no other server through it
            underDatabase |= t instanceof HibernateException || t.getClass().getName().startsWith("io.vertx.");
            // "Connection reset by peer" and "Broken pipe" come as plain IOExceptions, at times with
            // nothing above them from the database: Hibernate's CompositeException of a BEGIN
            // written to a connection the network had just reset, and of the rollback after it
            if (t instanceof ClosedConnectionException || t instanceof SocketException
                    || t instanceof ClosedChannelException || t instanceof io.netty.channel.ConnectTimeoutException
                    || t instanceof IOException && (underDatabase || lostConnection(t.getMessage()))
                    || underDatabase && lostConnection(t.getMessage())) {
                return true;
            }
            if (t instanceof PgException pg && unavailable(pg.getSqlState())) {
                return true;
            }
            if (t instanceof DatabaseBusy || t instanceof ConnectionPoolTooBusyException || waitedTooLongForAConnection(t)) {
                return true;
            }
        }
        return false;
    }

    /** How the drivers word a connection that went away when they give no type for it. */
    private static boolean lostConnection(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return m.contains("connection") && (m.contains("closed") || m.contains("reset") || m.contains("refused"))
                || m.contains("broken pipe");
    }

    /** The pool's wait for a free connection ran out (Vert.x says just "Timeout"): all are stuck or gone. */
    private static boolean waitedTooLongForAConnection(Throwable t) {
        return t.getClass().getName().startsWith("io.vertx.") && "Timeout".equals(t.getMessage());
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (the server is shutting down, crashed,
     * or cannot accept connections yet) and 53300 (too many connections).
     */
    static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300"));
    }
}
