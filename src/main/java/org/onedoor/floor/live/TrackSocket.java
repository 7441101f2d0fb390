package org.onedoor.floor.live;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.onedoor.common.Problem;
import org.onedoor.common.Problems;
import org.onedoor.common.SocketErrors;
import org.onedoor.ticket.TicketQueries;

/**
 * The public tracking page's live feed: {@code /ws/track/{trackingToken}}. No sign-in: the
 * unguessable token is the key, and the view has no personal data. Sends {@code {"type":"Track",
 * "ticket":{…}}} on open and whenever the citizen's place, wait, state or counter changes; an
 * unknown token gets {@code {"type":"Unknown"}} and the socket is closed.
 */
@WebSocket(path = "/ws/track/{token}", endpointId = TrackSocket.ENDPOINT)
public class TrackSocket {

    /** Not the ticket's fault: the server could not read it just now. */
    static final CloseReason TRY_AGAIN = new CloseReason(1011, "try again");

    private static final Logger LOG = Logger.getLogger(TrackSocket.class);

    static final String ENDPOINT = "track";

    @Inject
    TrackWatchers watchers;

    @Inject
    TicketQueries queries;

    @OnOpen
    public Uni<Void> onOpen(WebSocketConnection connection) {
        SocketUpgradeTrim.releaseHeaders(connection);
        String token = connection.pathParam("token");
        return queries.track(token)
                .chain(view -> {
                    watchers.watch(connection, token, view);
                    return connection.sendText(watchers.frame(view));
                })
                .onFailure().recoverWithUni(e -> unknownToken(e)
                        ? connection.sendText("{\"type\":\"Unknown\"}").chain(() -> connection.close())
                        // the database away or busy: the page tries again, the number is not "unknown"
                        : connection.close(TRY_AGAIN));
    }

    private static boolean unknownToken(Throwable e) {
        Problem problem = Problems.unwrap(e);
        return problem != null && problem.status() == Response.Status.NOT_FOUND;
    }

    /**
     * A phone's heartbeat (any text): it cannot see WebSocket pings, and would trust a dead socket.
     * Answered on the event loop, not a worker thread (as a String return would be); a phone gone
     * before its pong is written loses nothing, so that failure is dropped, not logged as an error.
     */
    @OnTextMessage
    public Uni<Void> onHeartbeat(String ignored, WebSocketConnection connection) {
        return connection.sendText("{\"type\":\"Pong\"}").onFailure().recoverWithNull();
    }

    @OnError
    public Uni<Void> onError(WebSocketConnection connection, Throwable failure) {
        return SocketErrors.close(connection, failure, LOG);
    }

    @OnClose
    @NonBlocking // a void method would run on a worker thread; forgetting a socket is a few map removals
    public void onClose(WebSocketConnection connection) {
        watchers.unwatch(connection);
    }
}
