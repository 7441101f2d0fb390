package org.onedoor.common;

import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

/**
 * What the sockets do with a failure: a client breaking the WebSocket protocol (corrupt or
 * oversized frames, bad UTF-8) or going away while we write loses its own socket, logged at DEBUG
 * so a broken or hostile client (or a hall of screens losing power) cannot flood the log; a
 * database that cannot be reached, or whose connections are all busy, closes the socket with 1013
 * "try again later" and one line of warning (one a burst, see {@link WarningBurst}); anything else is ours, logged as an error. Either way
 * the socket closes, and a screen reconnects after its back-off.
 */
public final class SocketErrors {

    private SocketErrors() {
    }

    static final CloseReason TRY_AGAIN_LATER = new CloseReason(1013, "try again later");
    private static final WarningBurst TRIED_LATER = new WarningBurst("sockets closed with 1013",
            Logger.getLogger(SocketErrors.class)::warn);

    public static Uni<Void> close(WebSocketConnection connection, Throwable failure, Logger log) {
        CloseReason reason = closeReason(failure);
        if (clientFault(failure)) {
            log.debugf("Socket %s broke the protocol: %s", connection.id(), failure.toString());
        } else if (reason == TRY_AGAIN_LATER) {
            TRIED_LATER.warn("Socket " + connection.id() + " closed, database unreachable or busy: " + failure.getMessage());
        } else {
            log.errorf(failure, "Socket %s failed", connection.id());
        }
        return closeWith(connection, reason);
    }

    /**
     * A failure of the socket's own read of the database (its snapshot or replay as it opens): the
     * client can have caused none of it, so a connection reset in it is the database's, and the
     * client is told to try again later (1013), not that all went well (1000).
     */
    public static Uni<Void> closeAfterRead(WebSocketConnection connection, Throwable failure, Logger log) {
        if (readFailureReason(failure) == TRY_AGAIN_LATER) {
            TRIED_LATER.warn("Socket " + connection.id() + " closed, database unreachable or busy: " + failure.getMessage());
            return closeWith(connection, TRY_AGAIN_LATER);
        }
        return close(connection, failure, log);
    }

    private static Uni<Void> closeWith(WebSocketConnection connection, CloseReason reason) {
        return connection.isOpen() ? connection.close(reason).onFailure().recoverWithNull() : Uni.createFrom().voidItem();
    }

    static CloseReason readFailureReason(Throwable failure) {
        return DatabaseOutage.causedBy(failure) ? TRY_AGAIN_LATER : closeReason(failure);
    }

    static CloseReason closeReason(Throwable failure) {
        return !clientFault(failure) && DatabaseOutage.causedBy(failure) ? TRY_AGAIN_LATER : CloseReason.NORMAL;
    }

    /**
     * A message sent in small frames that add up to more than the limit: Vert.x's frame
     * aggregator refuses it with an IllegalStateException, not the TooLongFrameException of one
     * oversized frame.
     */
    private static boolean tooLongInFragments(Throwable t) {
        return t instanceof IllegalStateException && t.getMessage() != null
                && t.getMessage().startsWith("Cannot process ")
                && (t.getMessage().contains("max message size") || t.getMessage().contains("exceed"));
    }

    static boolean clientFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a broken frame, or the client gone while we wrote to it (closed, reset, broken pipe)
            if (t instanceof CorruptedFrameException || t instanceof TooLongFrameException || t instanceof IOException
                    || t instanceof HttpClosedException || "WebSocket is closed".equals(t.getMessage())
                    || tooLongInFragments(t)) {
                return true;
            }
        }
        return false;
    }
}
