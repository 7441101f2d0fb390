package org.onedoor.floor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.onedoor.center.Center;
import org.onedoor.floor.cluster.FloorCluster;

/**
 * Every state change on the floor goes through here: it runs in one transaction with the
 * events it records, and the events are published only after that transaction commits.
 *
 * <p>The sequence number comes from an UPDATE of the center's row. The row lock it takes is held
 * until commit, so within a center sequence order is commit order: a reader that has seen seq N
 * can never later find a committed event below N. Every transaction takes this lock last, after
 * its ticket and counter locks, so it cannot deadlock with them.
 */
@ApplicationScoped
public class EventJournal {

    public static final String CHANNEL = "floor-events";
    private static final Logger LOG = Logger.getLogger(EventJournal.class);

    @Inject
    @Channel(CHANNEL)
    @Broadcast
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    Emitter<FloorEvent> emitter;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    FloorCluster cluster;

    /**
     * Runs {@code work} in a transaction and publishes what it recorded once it has committed. The
     * transaction runs to its end even if the caller stops waiting (a kiosk or a browser that
     * timed out and closed its connection): cancelled half-way, Hibernate Reactive would close
     * the session under a running query and leave the change undecided for the caller's retry.
     */
    public <T> Uni<T> transaction(Function<Recorder, Uni<T>> work) {
        Recorder recorder = new Recorder();
        Uni<T> change = Panache.withTransaction(() -> work.apply(recorder))
                .invoke(() -> recorder.events.forEach(this::publish))
                .memoize().indefinitely();
        change.subscribe().with(done -> { }, failed -> { }); // the caller sees the outcome, or not
        return change;
    }

    private void publish(FloorEvent event) {
        publishLocally(event);
        cluster.share(event);
    }

    /** Hands an event to this node's screens, bridges and watchers (the cluster calls it for other nodes' events). */
    public void publishLocally(FloorEvent event) {
        try {
            emitter.send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    LOG.warnf(failure, "Floor event %d of %s was not delivered", event.seq(), event.center());
                }
            });
        } catch (RuntimeException e) {
            // The event is in the log already; a reader catches up from there.
            LOG.warnf(e, "Floor event %d of %s was not published", event.seq(), event.center());
        }
    }

    /** Collects the events of one transaction. */
    public final class Recorder {

        private final List<FloorEvent> events = new ArrayList<>();

        public Uni<FloorEvent> record(Center center, FloorEventBody body) {
            return recordAll(center, List.of(body)).map(recorded -> recorded.get(0));
        }

        /** Records an event and then what the queue looks like after it. */
        public Uni<Void> recordWithQueue(Center center, FloorEventBody body, FloorEventBody.QueueChanged queue) {
            return recordAll(center, List.of(body, queue)).replaceWithVoid();
        }

        /** Takes as many sequence numbers as there are events in one UPDATE, and writes the events. */
        private Uni<List<FloorEvent>> recordAll(Center center, List<FloorEventBody> bodies) {
            // "id IN (:ids)", a list, on purpose: Hibernate 7.2 caches a new plan for every run of a
            // native select (UPDATE … RETURNING is one) and never finds it again, so the cache fills
            // and each lookup scans it; a list parameter keeps the query out of that cache. (An HQL
            // update instead leaves bulk-cleanup actions that Hibernate Reactive warns about.)
            return Panache.getSession()
                    .chain(session -> session.createNativeQuery("UPDATE center SET last_event_seq = last_event_seq + :count"
                            + " WHERE id IN (:ids) RETURNING last_event_seq", Long.class)
                            .setParameter("count", bodies.size()).setParameter("ids", List.of(center.id)).getSingleResult())
                    .chain(last -> {
                        List<FloorEvent> recorded = new ArrayList<>();
                        long seq = last - bodies.size() + 1;
                        for (FloorEventBody body : bodies) {
                            recorded.add(new FloorEvent(seq++, center.code, clock.instant(), body));
                        }
                        return Panache.getSession().chain(session -> session.persistAll(
                                recorded.stream().map(event -> row(center, event)).toArray())).replaceWith(recorded);
                    })
                    .invoke(events::addAll);
        }

        private FloorEventRecord row(Center center, FloorEvent event) {
            FloorEventRecord row = new FloorEventRecord();
            row.centerId = center.id;
            row.seq = event.seq();
            row.type = event.type();
            row.occurredAt = event.occurredAt();
            TicketRef ticket = event.body().ticketRef();
            row.ticketId = ticket == null ? null : UUID.fromString(ticket.id());
            row.payload = toJson(event.body());
            return row;
        }
    }

    /** The center's events after {@code seq}, oldest first: for catching up and for reports. */
    public Uni<List<FloorEvent>> readAfter(Center center, long seq, int limit) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                        "from FloorEventRecord where centerId = :center and seq > :seq order by seq", FloorEventRecord.class)
                        .setParameter("center", center.id).setParameter("seq", seq)
                        .setMaxResults(limit).getResultList())
                .map(rows -> rows.stream().map(row -> fromRecord(center.code, row)).toList());
    }

    /** The center's newest calls and recalls, newest first: what a hall screen shows first. */
    public Uni<List<FloorEvent>> lastCalls(Center center, int limit) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery("from FloorEventRecord where centerId = :center"
                        + " and type in ('TicketCalled', 'TicketRecalled') order by seq desc", FloorEventRecord.class)
                        .setParameter("center", center.id).setMaxResults(limit).getResultList())
                .map(rows -> rows.stream().map(row -> fromRecord(center.code, row)).toList());
    }

    String toJson(FloorEventBody body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write event " + body, e);
        }
    }

    FloorEvent fromRecord(String centerCode, FloorEventRecord row) {
        try {
            Class<?> type = Class.forName(FloorEventBody.class.getName() + "$" + row.type);
            FloorEventBody body = (FloorEventBody) json.readValue(row.payload, type);
            return new FloorEvent(row.seq, centerCode, row.occurredAt, body);
        } catch (ClassNotFoundException | JsonProcessingException e) {
            throw new IllegalStateException("Unreadable floor event " + row.seq + " of type " + row.type, e);
        }
    }
}
