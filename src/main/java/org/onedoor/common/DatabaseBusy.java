package org.onedoor.common;

/**
 * Work refused before it asked the database pool, because too much of the same kind already
 * waits for it (see {@code SocketOpenings}). To the client it is the database being busy: 503
 * with Retry-After for a request or an upgrade, 1013 for an open socket.
 */
public final class DatabaseBusy extends RuntimeException {

    public DatabaseBusy(String message) {
        super(message, null, false, false); // refused by the thousand in a storm: no stack to fill
    }
}
