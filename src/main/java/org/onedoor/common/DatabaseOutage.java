package org.onedoor.common;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;

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
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CompositeException several) {
                return several.getCauses().stream().anyMatch(DatabaseOutage::causedBy);
            }
            if (t instanceof ClosedConnectionException || t instanceof SocketException
                    || t instanceof ClosedChannelException || t instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
            if (t instanceof PgException pg && unavailable(pg.getSqlState())) {
                return true;
            }
            if (waitedTooLongForAConnection(t)) {
                return true;
            }
        }
        return false;
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
