package org.onedoor.device.bridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;
import org.onedoor.floor.FloorEventBody.PrintRequested;
import org.onedoor.print.EscPos;
import org.onedoor.print.PaperResource;
import org.onedoor.print.TicketRaster;

/**
 * The bridges connected now, and what each has been sent on its current connection. A print
 * request reaches its bridge as soon as it is committed; a bridge that was away gets its pending
 * jobs when it comes back (BridgeSocket asks BridgeJobs). Sending a job twice on one connection
 * never happens; across reconnects it may, and the bridge's idempotent acknowledgement covers it.
 */
@ApplicationScoped
public class BridgeHub {

    private static final Logger LOG = Logger.getLogger(BridgeHub.class);

    private record Link(WebSocketConnection connection, String serverUrl, Set<String> sent) {
    }

    private final Map<Long, Link> links = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper json;

    void connected(long bridge, WebSocketConnection connection) {
        Link old = links.put(bridge, new Link(connection, connection.userData().get(BridgeUpgradeCheck.SERVER_URL),
                ConcurrentHashMap.newKeySet()));
        if (old != null && old.connection().isOpen()) {
            // one bridge, one socket: a second one replaces the first (a restarted bridge)
            old.connection().close().subscribe().with(v -> { }, e -> { });
        }
    }

    void disconnected(Long bridge, WebSocketConnection connection) {
        if (bridge != null) {
            links.computeIfPresent(bridge, (id, link) -> link.connection() == connection ? null : link);
        }
    }

    public boolean isConnected(long bridge) {
        Link link = links.get(bridge);
        return link != null && link.connection().isOpen();
    }

    @Inject
    BridgeJobs jobs;

    @Inject
    Vertx vertx;

    /** A committed print request: its paper is read from the job, on a context of its own. */
    @Incoming(EventJournal.CHANNEL)
    void onFloorEvent(FloorEvent event) {
        if (event.body() instanceof PrintRequested print && print.printer() != null) {
            long bridge = Long.parseLong(print.printer());
            if (!isConnected(bridge)) {
                return; // it gets the job when it connects
            }
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(v -> jobs.job(print.job()).subscribe().with(job -> {
                if (job != null) {
                    send(bridge, job);
                }
            }, e -> LOG.warnf(e, "Print job %s not read", print.job())));
        }
    }

    void send(long bridge, BridgeJob job) {
        Link link = links.get(bridge);
        if (link == null || !link.connection().isOpen() || !link.sent().add(job.job())) {
            return;
        }
        byte[] escpos = EscPos.ticket(PaperResource.render(job.print(), link.serverUrl(), TicketRaster.WIDTH_80MM));
        String frame;
        try {
            frame = json.writeValueAsString(Map.of("type", "Print", "job", job.job(), "printer", job.printer(),
                    "escpos", Base64.getEncoder().encodeToString(escpos)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        link.connection().sendText(frame).subscribe().with(v -> { }, e -> {
            // not acknowledged, so still pending: it goes again when the bridge reconnects
            link.sent().remove(job.job());
            LOG.debugf(e, "Job %s not sent to bridge %d", job.job(), bridge);
        });
    }
}
