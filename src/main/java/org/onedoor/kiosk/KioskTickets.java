package org.onedoor.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.onedoor.center.Center;
import org.onedoor.device.Device;
import org.onedoor.device.DeviceRepository;
import org.onedoor.device.DeviceService;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.PrintRequested;
import org.onedoor.floor.TicketPrint;
import org.onedoor.ticket.Channel;
import org.onedoor.ticket.IssueRequest;
import org.onedoor.ticket.RepeatedRequests;
import org.onedoor.ticket.RepeatedRequests.Answered;
import org.onedoor.ticket.TicketIssuer;
import org.onedoor.ticket.TicketQueries;
import org.onedoor.ticket.TicketIssuer.Issued;
import org.onedoor.ticket.TicketView;

/**
 * Tickets taken at a kiosk: issued and given a print job in one transaction, so no kiosk ticket
 * exists without its paper copy being asked for, and the job is published as a PrintRequested
 * event for the bridge that prints for the kiosk.
 */
@ApplicationScoped
public class KioskTickets {

    @Inject
    EventJournal journal;

    @Inject
    TicketIssuer issuer;

    @Inject
    DeviceRepository devices;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    KioskLimits limits;

    @Inject
    RepeatedRequests repeats;

    @Inject
    PrintJobRepository jobs;

    /**
     * Issues a kiosk's ticket, or rolls it back if it cannot commit within
     * {@code onedoor.kiosk.tickets.commit-within}: the kiosk gives up on its request a little later
     * and gives the citizen a number of its own (kiosk.js), so a ticket committed after that would
     * be printed for nobody, or cancelled under a paper the citizen already holds. A request sent
     * again with the same id gets the ticket it wrote (200), and nothing is printed twice.
     */
    public Uni<Answered<KioskTicket>> issue(long kioskId, IssueRequest request) {
        long commitBy = System.nanoTime() + limits.commitWithin().toNanos();
        return journal.transactionCommittedBy(commitBy, tx -> atWork(kioskId)
                        .chain(at -> issuer.issueWithin(tx, at.center(), request, Channel.KIOSK).chain(issued -> {
                            String printer = DeviceService.printerState(at.bridge(), clock.instant()); // no bridge: NONE
                            return requestPrint(tx, issued, at.kiosk(), printer)
                                    .map(job -> new KioskTicket(issued.view(), job.id.toString(), printer, at.bridge()));
                        })))
                .map(ticket -> new Answered<>(ticket, false))
                .onFailure(RepeatedRequests::claimedBefore).recoverWithUni(() -> Panache.withSession(() -> atWork(kioskId)
                        .chain(at -> repeats.ticketOf(at.center().id, request.requestId())
                                // a kiosk sees only a kiosk's ticket again, never one a guidance officer annotated
                                .map(before -> before != null && before.channel == Channel.KIOSK ? before : null)
                                .chain(before -> repeats.viewOf(at.center(), before).chain(view -> jobs.ofTicket(before.id)
                                        .map(job -> new KioskTicket(view.withoutStaffNotes(), job == null ? null : job.id.toString(),
                                                DeviceService.printerState(at.bridge(), clock.instant()), at.bridge())))))
                        .map(ticket -> new Answered<>(ticket, true))));
    }

    /** The kiosk, its center and the bridge that prints for it (null if none). */
    private record AtWork(Device kiosk, Center center, Device bridge) {
    }

    /** Read in one query: a ticket's first statement, before any lock is taken. */
    private Uni<AtWork> atWork(long kioskId) {
        return devices.getSession().chain(s -> s.createSelectionQuery("select k, c, b from Device k"
                + " join Center c on c.id = k.centerId left join Device b on b.id = k.printerId where k.id = :kiosk",
                Object[].class).setParameter("kiosk", kioskId).getSingleResult())
                .map(row -> new AtWork((Device) row[0], (Center) row[1], (Device) row[2]));
    }

    /**
     * A print job for the kiosk's bridge, if its printer can print now (READY or PAPER_LOW, or UNKNOWN:
     * connected, before its first report); otherwise the job is kept as NO_PRINTER and nothing is sent:
     * the kiosk has told the citizen to remember the code, and a ticket printed later would be nobody's.
     */
    private Uni<PrintJob> requestPrint(EventJournal.Recorder tx, Issued issued, Device kiosk, String printer) {
        TicketPrint paper = paper(issued);
        boolean printable = kiosk.printerId != null && ("READY".equals(printer) || "PAPER_LOW".equals(printer)
                || "UNKNOWN".equals(printer));
        PrintJob job = new PrintJob();
        job.id = UUID.randomUUID();
        job.centerId = issued.center().id;
        job.ticketId = issued.ticket().id;
        job.kioskId = kiosk.id;
        job.printerId = kiosk.printerId;
        job.payload = toJson(paper);
        job.state = printable ? PrintJob.State.PENDING : PrintJob.State.NO_PRINTER;
        job.createdAt = clock.instant();
        job.updatedAt = job.createdAt;
        // written with the ticket's events, in their statement: the issue's last round trip before its commit
        tx.insertWithEvents(issued.center(), PrintJobRepository.insertOf(job));
        return !printable ? Uni.createFrom().item(job) : tx.record(issued.center(), new PrintRequested(job.id.toString(),
                String.valueOf(kiosk.printerId), TicketView.ref(issued.ticket(), issued.floor()))).replaceWith(job);
    }

    static TicketPrint paper(Issued issued) {
        return TicketQueries.paperOf(issued.center(), issued.floor(), issued.ticket(), issued.view());
    }

    private String toJson(TicketPrint paper) {
        try {
            return json.writeValueAsString(paper);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the print payload", e);
        }
    }
}
