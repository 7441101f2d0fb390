package org.onedoor.device.bridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.onedoor.center.CenterRepository;
import org.onedoor.device.DeviceService;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.PrintFailed;
import org.onedoor.floor.TicketPrint;
import org.onedoor.kiosk.PrintJob;
import org.onedoor.print.TicketLayoutService;

/** Print jobs as a bridge sees them: what waits for it, its acknowledgements, its health reports. */
@ApplicationScoped
public class BridgeJobs {

    private static final Logger LOG = Logger.getLogger(BridgeJobs.class);

    /**
     * The kiosk says "take your ticket from the printer" and goes back to its start 25 s later; a
     * ticket that comes out a minute after that (a bridge frozen, then back) lies in the slot for
     * the next citizen to pick up. Until 2026-12-07 this was ten minutes.
     */
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final Duration UNCHANGED_HEALTH_WRITE = Duration.ofMinutes(1);

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    DeviceService devices;

    @Inject
    TicketLayoutService layouts;

    @Inject
    EventJournal journal;

    @Inject
    CenterRepository centers;

    /**
     * Jobs for this bridge not yet acknowledged, oldest first, each in its center's layout. A job
     * older than {@link #MAX_AGE} is left unprinted: its citizen has long gone on with the code on
     * the kiosk's screen, and a ticket coming out now would be nobody's (or someone's to misuse).
     */
    Uni<List<BridgeJob>> pending(long bridge) {
        // the state as a literal (Hibernate's enum shorthand): the partial index print_job_waiting
        // (state = 'PENDING') serves only a plan that sees the constant (see TicketRepository)
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from PrintJob where printerId = :bridge and state = PENDING and createdAt > :since order by createdAt",
                        PrintJob.class)
                .setParameter("bridge", bridge)
                .setParameter("since", clock.instant().minus(MAX_AGE)).getResultList())
                .chain(list -> list.isEmpty() ? Uni.createFrom().item(List.<BridgeJob>of())
                        : layouts.ofCenter(list.get(0).centerId).map(layout -> list.stream()
                                .map(j -> new BridgeJob(j.id.toString(), read(j.payload), layout, j.createdAt)).toList())));
    }

    /**
     * How much longer a job created then may be printed: the bridge is told, and refuses a job it
     * reaches too late (a PC that hung with the job in its queue), not only the server.
     */
    Duration validFor(Instant createdAt) {
        return MAX_AGE.minus(Duration.between(createdAt, clock.instant()));
    }

    /** A job waiting for a bridge. */
    record Waiting(long bridge, UUID job) {
    }

    /** The jobs still waiting for these bridges (those sent and not yet answered among them), in one query. */
    Uni<List<Waiting>> waitingFor(Collection<Long> bridges) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select printerId, id from PrintJob where printerId in :bridges and state = PENDING"
                        + " and createdAt > :since order by createdAt", Object[].class)
                .setParameter("bridges", List.copyOf(bridges))
                .setParameter("since", clock.instant().minus(MAX_AGE)).getResultList()))
                .map(rows -> rows.stream().map(r -> new Waiting((Long) r[0], (UUID) r[1])).toList());
    }

    /** One pending job, or null when it is no longer pending. */
    Uni<BridgeJob> job(String jobId) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.find(PrintJob.class, UUID.fromString(jobId)))
                .chain(j -> j == null || j.state != PrintJob.State.PENDING || validFor(j.createdAt).isNegative()
                        ? Uni.createFrom().<BridgeJob>nullItem()
                        : layouts.ofCenter(j.centerId).map(layout -> new BridgeJob(j.id.toString(), read(j.payload), layout, j.createdAt))));
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
        return journal.transaction(tx -> Panache.getSession().chain(s -> s.find(PrintJob.class, id)).chain(job -> {
            if (job == null || !Long.valueOf(bridge).equals(job.printerId) || job.state != PrintJob.State.PENDING) {
                return Uni.createFrom().voidItem();
            }
            job.state = ok ? PrintJob.State.PRINTED : PrintJob.State.FAILED;
            job.updatedAt = clock.instant();
            return ok ? Uni.createFrom().voidItem() : centers.findById(job.centerId)
                    .chain(center -> tx.record(center, new PrintFailed(jobId, String.valueOf(bridge))));
        }));
    }

    /**
     * The bridge's health report: its ticket printer's state for its kiosks, the whole of it for
     * managers. A report that says what the last one on this connection said is written at most
     * once a minute (to keep "last seen" fresh): every bridge of a province reports every few
     * seconds, and the database need not hear "still fine" that often.
     */
    Uni<Void> health(BridgeLink link, JsonNode frame) {
        BridgeHealth health = BridgeHealth.read(frame);
        if (health == null) {
            LOG.debugf("Bridge %d sent a Health frame that is not one: ignored", link.bridge);
            return Uni.createFrom().voidItem();
        }
        String report;
        try {
            report = json.writeValueAsString(health);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (!link.healthNews(report, clock.instant(), UNCHANGED_HEALTH_WRITE)) {
            return Uni.createFrom().voidItem();
        }
        return devices.reportPrinter(link.bridge, health.ticketPrinter(link.ticketPrinter()), report);
    }

    private TicketPrint read(String payload) {
        try {
            return json.readValue(payload, TicketPrint.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable print job payload", e);
        }
    }
}
