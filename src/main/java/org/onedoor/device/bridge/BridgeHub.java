package org.onedoor.device.bridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.quarkus.websockets.next.CloseReason;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.onedoor.device.DeviceRevocations;
import org.onedoor.device.DeviceRevocations.DeviceRevoked;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;
import org.onedoor.floor.FloorEventBody.PrintRequested;
import org.onedoor.print.EscPos;
import org.onedoor.print.TicketPapers;

/**
 * The bridges connected now. A print request reaches its bridge as soon as it is committed; a
 * bridge that was away gets its pending jobs when it comes back (after its Hello), and one whose
 * request went missing gets it from {@link BridgeSweep}. Sending a job
 * twice on one connection never happens; across reconnects it may, and the bridge's idempotent
 * acknowledgement covers it.
 */
@ApplicationScoped
public class BridgeHub {

    private static final Logger LOG = Logger.getLogger(BridgeHub.class);
    /** Close code for a revoked bridge: its token will never work again. */
    static final CloseReason REVOKED = new CloseReason(4001, "revoked");

    private final Map<Long, BridgeLink> links = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper json;

    @Inject
    BridgeJobs jobs;

    @Inject
    TicketPapers papers;

    @Inject
    Vertx vertx;

    @Inject
    DeviceRevocations revocations;

    void connected(BridgeLink link) {
        BridgeLink old = links.put(link.bridge, link);
        if (old != null && old.connection.isOpen()) {
            // one bridge, one socket: a second one replaces the first (a restarted bridge)
            old.connection.close().subscribe().with(v -> { }, e -> { });
        }
        if (revocations.isRevoked(link.bridge)) {
            // revoked after its handshake passed but before it was registered here
            closeRevoked(new DeviceRevoked(link.bridge));
        }
    }

    /** @return whether it was the bridge's current connection (not one replaced or revoked already) */
    boolean disconnected(BridgeLink link) {
        return links.remove(link.bridge, link);
    }

    /** Every bridge connected to this node, ready or not. */
    Collection<BridgeLink> links() {
        return links.values();
    }

    /** How many print jobs sent on the bridge's connection wait for its answer (0 when not connected). */
    public int jobsAwaitingAnswer(long bridge) {
        BridgeLink link = links.get(bridge);
        return link == null ? 0 : link.sentJobs.size();
    }

    public boolean isConnected(long bridge) {
        BridgeLink link = links.get(bridge);
        return link != null && link.connection.isOpen();
    }

    /** The bridges of a center that have said Hello. */
    List<BridgeLink> readyIn(String center) {
        return links.values().stream().filter(l -> l.center.equals(center) && l.ready()).toList();
    }

    void closeRevoked(@Observes DeviceRevoked revoked) {
        BridgeLink link = links.remove(revoked.deviceId());
        if (link != null) {
            link.connection.close(REVOKED).subscribe().with(v -> { }, e -> { });
        }
    }

    /** A committed print request: its paper is read from the job, on a context of its own. */
    @Incoming(EventJournal.CHANNEL)
    void onFloorEvent(FloorEvent event) {
        if (event.body() instanceof PrintRequested print && print.printer() != null) {
            BridgeLink link = links.get(Long.parseLong(print.printer()));
            if (link == null || !link.ready()) {
                return; // it gets the job when it says Hello
            }
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(v -> jobs.job(print.job()).subscribe().with(job -> {
                if (job != null) {
                    send(link, job);
                }
            }, e -> LOG.warnf(e, "Print job %s not read", print.job())));
        }
    }

    /** Sends a print job unless this connection has had it already. */
    void send(BridgeLink link, BridgeJob job) {
        if (!link.connection.isOpen() || !link.sentJobs.add(job.job())) {
            return;
        }
        byte[] escpos = EscPos.ticket(papers.picture(job.print(), job.layout(), link.serverUrl));
        // whole seconds, at least one: a job read just in time is not refused for rounding
        long validFor = Math.max(1, jobs.validFor(job.createdAt()).toSeconds());
        String frame = frame(Map.of("type", "Print", "job", job.job(), "printer", link.ticketPrinter(),
                "escpos", Base64.getEncoder().encodeToString(escpos), "validForSeconds", validFor));
        link.connection.sendText(frame).subscribe().with(v -> { }, e -> {
            // not acknowledged, so still pending: it goes again when the bridge reconnects
            link.sentJobs.remove(job.job());
            LOG.debugf(e, "Job %s not sent to bridge %d", job.job(), link.bridge);
        });
    }

    /** Sends a display job (Show or Clear); nothing is kept if it is lost: a reconnect resends every display's state. */
    void sendDisplay(BridgeLink link, String job, Map<String, Object> frame) {
        link.displayJobs.add(job);
        link.connection.sendText(frame(frame)).subscribe().with(v -> { }, e -> {
            link.displayJobs.remove(job);
            LOG.debugf(e, "Display job %s not sent to bridge %d", job, link.bridge);
        });
    }

    private String frame(Map<String, Object> frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
