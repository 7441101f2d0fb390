package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.onedoor.center.Center;

/**
 * The citizens of a center who may still rate the service, one at most per counter: the floor
 * snapshot carries them, so a counter screen that starts afresh (a power cut, its browser
 * restarted) offers the rating again to the citizen still standing at it. The events alone cannot
 * tell a new page: the completion is behind the snapshot's sequence number.
 */
@ApplicationScoped
public class OpenRatings {

    /**
     * Today's tickets completed at a counter within the rating window, unless the counter called
     * someone after: then its officer has moved on to the next citizen. A call that a transfer
     * took away again is in ticket_visit. "IN (:center)", a list, keeps this native select out of
     * Hibernate's plan cache (see EventJournal).
     */
    private static final String LAST_DONE_AT_EACH_COUNTER = """
            SELECT t.* FROM ticket t
            WHERE t.center_id IN (:center) AND t.service_day = :day AND t.counter_id IS NOT NULL
              AND t.finished_at >= :since
              AND NOT EXISTS (SELECT 1 FROM ticket later WHERE later.center_id = t.center_id
                              AND later.service_day = t.service_day AND later.counter_id = t.counter_id
                              AND later.called_at > t.finished_at)
              AND NOT EXISTS (SELECT 1 FROM ticket_visit v WHERE v.center_id = t.center_id
                              AND v.service_day = t.service_day AND v.counter_id = t.counter_id
                              AND v.called_at > t.finished_at)""";

    @Inject
    TicketRepository tickets;

    @Inject
    QueueService queue;

    @Inject
    Clock clock;

    /**
     * The center's open ratings on its service day {@code day}, in counter order; read in the
     * caller's session or transaction (the snapshot's, so they agree with its sequence number).
     */
    public Uni<List<OpenRating>> of(Center center, LocalDate day) {
        Instant now = clock.instant();
        return tickets.getSession().chain(s -> s.createNativeQuery(LAST_DONE_AT_EACH_COUNTER, Ticket.class)
                        .setParameter("center", List.of(center.id)).setParameter("day", day)
                        .setParameter("since", RatingWindow.earliestOpenCompletion(now)).getResultList())
                .map(done -> done.stream().filter(t -> RatingWindow.takesRating(t, now)).toList())
                .chain(open -> open.isEmpty() ? Uni.createFrom().item(List.<OpenRating>of())
                        : queue.load(center, QueueService.Detail.LAYOUT).map(floor -> open.stream()
                                .map(t -> new OpenRating(TicketView.ref(t, floor), t.finishedAt, RatingWindow.closesAt(t)))
                                // a counter taken off the floor since has no screen left to rate at
                                .filter(r -> r.ticket().counter() != null)
                                .sorted(Comparator.comparing(r -> r.ticket().counter()))
                                .toList()));
    }
}
