package org.onedoor.floor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hibernate.reactive.mutiny.Mutiny;
import org.onedoor.center.Center;
import org.onedoor.common.Problem;
import org.onedoor.floor.cluster.FloorCluster;

/**
 * Every state change on the floor goes through here: it runs in one transaction with the
 * events it records, or is one statement with them (a ticket action: {@link #applyWithEvents}),
 * and the events are published only after it commits.
 *
 * <p>The sequence number comes from an UPDATE of the center's row. The row lock it takes is held
 * until commit, so within a center sequence order is commit order: a reader that has seen seq N
 * can never later find a committed event below N. Every transaction or statement takes this lock
 * last, after its ticket and counter locks, so it cannot deadlock with them.
 */
@ApplicationScoped
public class EventJournal {

    public static final String CHANNEL = "floor-events";
    /** A named parameter in SQL (":name", not a "::type" cast). */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");

    @Inject
    LocalDelivery delivery;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    FloorCluster cluster;

    @Inject
    QueueRecounts recounts;

    /**
     * Runs {@code work} in a transaction and publishes what it recorded once it has committed. The
     * transaction runs to its end even if the caller stops waiting (see {@link #runToEnd}).
     */
    public <T> Uni<T> transaction(Function<Recorder, Uni<T>> work) {
        return transaction(work, Long.MAX_VALUE);
    }

    /**
     * As {@link #transaction(Function)}, but rolled back, with a 503 that says nothing was done,
     * when its work has not finished by {@code commitBy} (System.nanoTime): for a client that gives
     * up after a known time and then acts on its own, which must be able to trust that an
     * unanswered request changed nothing. Only the commit itself can still end after its deadline.
     */
    public <T> Uni<T> transactionCommittedBy(long commitBy, Function<Recorder, Uni<T>> work) {
        return transaction(work, commitBy);
    }

    private <T> Uni<T> transaction(Function<Recorder, Uni<T>> work, long commitBy) {
        Recorder recorder = new Recorder();
        return runToEnd(Panache.withTransaction(() -> work.apply(recorder).call(recorder::write).invoke(() -> {
                    if (commitBy != Long.MAX_VALUE && System.nanoTime() - commitBy > 0) {
                        throw Problem.unavailable(w -> w.tooSlowNothingDone());
                    }
                }))
                .invoke(() -> {
                    recorder.events.forEach(this::publish);
                    recorder.overtaken.forEach(recounts::countAgainSoon);
                }));
    }

    /**
     * Runs {@code work} in a session without a transaction: for an action whose only write is one
     * statement, {@link #applyWithEvents}, which commits on its own. Runs to its end like a transaction.
     */
    public <T> Uni<T> withoutTransaction(Supplier<Uni<T>> work) {
        return runToEnd(Panache.withSession(work));
    }

    /**
     * A kiosk or a browser that timed out and closed its connection cancels its request's Uni;
     * cancelled half-way, Hibernate Reactive would close the session under a running statement and
     * leave the change undecided for the caller's retry. So the work is subscribed here too and
     * runs to its end; the caller sees the outcome, or not.
     */
    private static <T> Uni<T> runToEnd(Uni<T> work) {
        Uni<T> once = work.memoize().indefinitely();
        once.subscribe().with(done -> { }, failed -> { });
        return once;
    }

    /**
     * Applies {@code change} and writes {@code bodies} after it, in one statement (so in one
     * commit, outside any transaction), and publishes them: nothing is written unless the change
     * changed a row. Its lock comes before the center's, as in a transaction (see the class comment).
     *
     * @return whether the change applied: false when its guard matched no row (someone changed the row first)
     */
    public Uni<Boolean> applyWithEvents(Center center, GuardedChange change, FloorEventBody body, QueueCount queue) {
        List<FloorEventBody> bodies = queue == null ? List.of(body) : List.of(body, queue.body());
        return Panache.getSession().chain(session -> insertEvents(session, center, bodies, change, List.of()))
                .invoke(written -> written.forEach(this::publish))
                .invoke(written -> {
                    if (queue != null && !written.isEmpty() && !queue.followedBy(written.get(0).seq())) {
                        recounts.countAgainSoon(center);
                    }
                })
                .map(written -> !written.isEmpty());
    }

    /**
     * A single-row UPDATE ending in {@code RETURNING center_id}, guarded by its WHERE clause (a
     * version, say), and how to bind its named parameters; and, if not null, {@code then}: an
     * INSERT that selects from {@code changed} (the update's returned rows), so it writes only
     * when the update did, in the same statement and with the same parameters.
     */
    public record GuardedChange(String sql, Map<String, Object> parameters, String then) {

        public GuardedChange(String sql, Map<String, Object> parameters) {
            this(sql, parameters, null);
        }
    }

    /**
     * An INSERT with named parameters, written in the statement that writes its transaction's
     * events of the same center (a kiosk ticket's print job): one round trip fewer. Not written
     * through the session, so nothing in the transaction reads it back as an entity. Its
     * parameters are renamed apart from the statement's, so its SQL holds no ":word" but them
     * (not even in a literal; a "::type" cast is left alone).
     */
    public record CompanionInsert(String sql, Map<String, Object> parameters) {
    }

    private void publish(FloorEvent event) {
        publishLocally(event);
        cluster.share(event);
    }

    /** Hands an event to this node's screens, bridges and watchers (the cluster calls it for other nodes' events). */
    public void publishLocally(FloorEvent event) {
        delivery.deliver(event);
    }

    /**
     * Collects the events of one transaction and writes them at its end, all of a center in one
     * statement (sequence numbers and rows): a kiosk ticket's three events cost one round trip, not
     * six. Writing last also takes the center's row lock last (see the class comment).
     */
    public final class Recorder {

        /** By center id, in the order first recorded. */
        private final Map<Long, Batch> pending = new LinkedHashMap<>();
        private final List<FloorEvent> events = new ArrayList<>();
        /** Centers whose queue count another action's events overtook: counted again once this commits. */
        private final List<Center> overtaken = new ArrayList<>();

        public Uni<Void> record(Center center, FloorEventBody body) {
            add(center, body);
            return Uni.createFrom().voidItem();
        }

        /**
         * Records an event and then what the queue looks like after it; if another action's events
         * came between its count and them, the queue is counted again soon ({@link QueueRecounts}).
         */
        public Uni<Void> recordWithQueue(Center center, FloorEventBody body, QueueCount queue) {
            add(center, body);
            return recordQueue(center, queue);
        }

        /** Records what the queue looks like, on its own (after a change of the layout); counted again like any. */
        public Uni<Void> recordQueue(Center center, QueueCount queue) {
            add(center, queue.body());
            Batch batch = batch(center);
            batch.countedAt = batch.countedAt == null ? queue : batch.countedAt.countedAtSeq() <= queue.countedAtSeq()
                    ? batch.countedAt : queue;
            return Uni.createFrom().voidItem();
        }

        /**
         * Writes {@code insert} in the statement that writes this transaction's events of the
         * center, ahead of them; the transaction must record at least one event of that center.
         */
        public void insertWithEvents(Center center, CompanionInsert insert) {
            batch(center).inserts.add(insert);
        }

        private void add(Center center, FloorEventBody body) {
            batch(center).bodies.add(body);
        }

        private Batch batch(Center center) {
            return pending.computeIfAbsent(center.id, id -> new Batch(center));
        }

        private Uni<Void> write() {
            Uni<Void> written = Uni.createFrom().voidItem();
            for (Batch batch : pending.values()) {
                if (batch.bodies.isEmpty()) {
                    throw new IllegalStateException("An insert to write with the events of center " + batch.center.code
                            + " in a transaction that recorded none");
                }
                written = written.call(() -> writeAll(batch));
            }
            return written.invoke(pending::clear);
        }

        private Uni<Void> writeAll(Batch batch) {
            return Panache.getSession().chain(session -> insertEvents(session, batch.center, batch.bodies, null,
                    batch.inserts)).invoke(written -> {
                        events.addAll(written);
                        if (batch.countedAt != null && !batch.countedAt.followedBy(written.get(0).seq())) {
                            overtaken.add(batch.center);
                        }
                    }).replaceWithVoid();
        }

        private static final class Batch {
            final Center center;
            final List<FloorEventBody> bodies = new ArrayList<>();
            final List<CompanionInsert> inserts = new ArrayList<>();
            /** The oldest count of the queue recorded, if any. */
            QueueCount countedAt;

            Batch(Center center) {
                this.center = center;
            }
        }
    }

    /**
     * Takes as many sequence numbers as there are events and writes the events, in one statement:
     * the events cross the wire as one JSON array, unnested in the order recorded. With a
     * {@code guard}, the statement first runs it, and takes numbers and writes only if it changed a row.
     * The {@code inserts} come first, each in a CTE of its own with its parameters renamed apart.
     *
     * @return the events as written, with their numbers (none when the guard changed nothing)
     */
    private Uni<List<FloorEvent>> insertEvents(Mutiny.Session session, Center center, List<FloorEventBody> bodies,
            GuardedChange guard, List<CompanionInsert> inserts) {
        int count = bodies.size();
        List<EventRow> rows = new ArrayList<>(count);
        for (FloorEventBody body : bodies) {
            rows.add(new EventRow(body.getClass().getSimpleName(), body.ticketRef() == null ? null : body.ticketRef().id(),
                    toJson(body)));
        }
        String eventsJson = toJson(rows);
        Instant now = clock.instant();
        // One JSON text, not three text[] parameters: Hibernate 7.2 resolves an array parameter's type
        // by registering a new basic type, which it refuses after boot with an exception it then
        // catches, three times a write (nine in ten of a busy day's exceptions, each with its stack trace).
        // (A parameter typed json would take a Java string as a JSON string: so text, then json.)
        // to_jsonb: the payload is kept as a JSON string, as it always was (FloorEventRecord reads
        // a string; the driver would hand a JSON object over as a JsonObject).
        // "id IN (:ids)", a list, on purpose: Hibernate 7.2 caches a new plan for every run of a
        // native select (a statement with RETURNING is one) and never finds it again, so the cache
        // fills and each lookup scans it; a list parameter keeps the query out of that cache.
        StringBuilder companions = new StringBuilder();
        Map<String, Object> companionParameters = new LinkedHashMap<>();
        for (int i = 0; i < inserts.size(); i++) {
            String prefix = "c" + i + "_";
            companions.append("companion").append(i).append(" AS (").append(prefixParameters(inserts.get(i).sql(), prefix))
                    .append("), ");
            inserts.get(i).parameters().forEach((name, value) -> companionParameters.put(prefix + name, value));
        }
        String sql = "WITH " + companions + (guard == null ? "" : "changed AS (" + guard.sql() + "), ")
                + (guard == null || guard.then() == null ? "" : "then_written AS (" + guard.then() + "), ")
                + "taken AS (UPDATE center SET last_event_seq = last_event_seq + :count WHERE id IN (:ids)"
                + (guard == null ? "" : " AND EXISTS (SELECT 1 FROM changed)") + " RETURNING id, last_event_seq)"
                + " INSERT INTO floor_event (center_id, seq, type, occurred_at, ticket_id, payload)"
                + " SELECT taken.id, taken.last_event_seq - :count + e.n, e.row->>'type', :at,"
                + " CAST(e.row->>'ticket' AS uuid), to_jsonb(e.row->>'payload') FROM taken,"
                + " json_array_elements(CAST(CAST(:events AS text) AS json)) WITH ORDINALITY AS e(row, n) RETURNING seq";
        var query = session.createNativeQuery(sql, Long.class)
                .setParameter("count", count).setParameter("ids", List.of(center.id)).setParameter("at", now)
                .setParameter("events", eventsJson);
        if (guard != null) {
            guard.parameters().forEach(query::setParameter);
        }
        companionParameters.forEach(query::setParameter);
        return query.getResultList().map(seqs -> {
            if (seqs.isEmpty()) {
                return List.of();
            }
            long seq = seqs.stream().mapToLong(Long::longValue).max().orElseThrow() - count + 1;
            List<FloorEvent> written = new ArrayList<>(count);
            for (FloorEventBody body : bodies) {
                written.add(new FloorEvent(seq++, center.code, now, body));
            }
            return written;
        });
    }

    /** The SQL with each named parameter ":name" renamed ":" + prefix + "name". */
    static String prefixParameters(String sql, String prefix) {
        return PARAMETER.matcher(sql).replaceAll(":" + prefix + "$1");
    }

    /** One event as written: its payload is the body's JSON, carried as a string. */
    private record EventRow(String type, String ticket, String payload) {
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

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value, e);
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
