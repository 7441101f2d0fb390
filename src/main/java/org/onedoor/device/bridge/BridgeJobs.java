package org.onedoor.device.bridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onedoor.device.Device;
import org.onedoor.device.PrinterState;
import org.onedoor.floor.TicketPrint;
import org.onedoor.kiosk.PrintJob;

/** Print jobs as a bridge sees them: what waits for it, its acknowledgements, its health reports. */
@ApplicationScoped
public class BridgeJobs {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Jobs for this bridge not yet acknowledged, oldest first. */
    Uni<List<BridgeJob>> pending(long bridge) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from PrintJob where printerId = :bridge and state = :pending order by createdAt", PrintJob.class)
                .setParameter("bridge", bridge).setParameter("pending", PrintJob.State.PENDING).getResultList()))
                .map(list -> list.stream().map(j -> new BridgeJob(j.id.toString(), BridgeJob.DEFAULT_PRINTER, read(j.payload)))
                        .toList());
    }

    /** One pending job, or null when it is no longer pending. */
    Uni<BridgeJob> job(String jobId) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.find(PrintJob.class, UUID.fromString(jobId))))
                .map(j -> j == null || j.state != PrintJob.State.PENDING ? null
                        : new BridgeJob(j.id.toString(), BridgeJob.DEFAULT_PRINTER, read(j.payload)));
    }

    /**
     * Records the bridge's answer. Only a pending job of this bridge changes: a repeated or late
     * acknowledgement, or one for another bridge's job, changes nothing.
     */
    Uni<Void> acknowledge(long bridge, String jobId, boolean ok, String reason) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.find(PrintJob.class, id)).invoke(job -> {
            if (job != null && Long.valueOf(bridge).equals(job.printerId) && job.state == PrintJob.State.PENDING) {
                job.state = ok ? PrintJob.State.PRINTED : PrintJob.State.FAILED;
                job.updatedAt = clock.instant();
            }
        })).replaceWithVoid();
    }

    /** The bridge's report on its ticket printer becomes the state its kiosks tell citizens. */
    Uni<Void> health(long bridge, JsonNode printers) {
        JsonNode first = printers.isArray() && printers.size() > 0 ? printers.get(0) : null;
        PrinterState state = first == null ? null
                : !first.path("online").asBoolean(false) ? PrinterState.OFFLINE
                : "OUT".equals(first.path("paper").asText()) ? PrinterState.OUT_OF_PAPER
                : first.hasNonNull("error") ? PrinterState.ERROR
                : PrinterState.READY;
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.find(Device.class, bridge)).invoke(device -> {
            device.lastSeenAt = clock.instant();
            if (state != null) {
                device.printerState = state;
                device.printerStateAt = device.lastSeenAt;
            }
        })).replaceWithVoid();
    }

    private TicketPrint read(String payload) {
        try {
            return json.readValue(payload, TicketPrint.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable print job payload", e);
        }
    }
}
