package org.onedoor.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.onedoor.common.DatabaseOutage;
import org.onedoor.common.OnContext;

/**
 * Writes audit entries in batches, one transaction every {@link #EVERY} at most, instead of a
 * transaction of its own after every change: on a busy floor that second commit per call cost
 * as much as the call. Reading the log writes what waits first; a shutdown writes it too. An
 * entry can be lost only if the process dies within {@link #EVERY} of the change — the change
 * itself is committed (and calls and tickets are in the floor's event log).
 */
@ApplicationScoped
public class AuditLog {

    static final Duration EVERY = Duration.ofMillis(200);
    static final int MOST_PER_BATCH = 500;
    static final int MOST_KEPT = 100_000;
    static final int FLUSH_TRIES = 100;
    static final long FLUSH_PAUSE_MS = 20;
    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    /**
     * An entry and what its address named of the center acted on: the center's code, or a
     * ticket's id (the center is the ticket's); null when it named neither.
     */
    record Pending(AuditEntry entry, String centerCode, UUID ticketId) {
    }

    private final ConcurrentLinkedDeque<Pending> pending = new ConcurrentLinkedDeque<>();
    private volatile boolean outage;
    private volatile Throwable lastOutage;
    private final AtomicBoolean writing = new AtomicBoolean();
    private long timer = -1;

    @Inject
    Vertx vertx;

    @Inject
    Pool pool;

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(EVERY.toMillis(), id -> {
            if (!pending.isEmpty() && writing.compareAndSet(false, true)) {
                OnContext.ofItsOwn(vertx, this::write).subscribe().with(done -> writing.set(false), e -> writing.set(false));
            }
        });
    }

    /**
     * Writes what waits, after a batch the timer is writing, before the pools close (the embedded
     * database stops after this: see EmbeddedDatabaseShutdown); says how many are lost if it cannot.
     */
    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (!pending.isEmpty() || writing.get()) {
            LOG.infof("Writing %d audit entries before stopping", pending.size());
            try {
                OnContext.ofItsOwn(vertx, this::flush).await().atMost(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                LOG.errorf("Audit entries not written before stopping: %s", e.getMessage());
            }
        }
        if (!pending.isEmpty()) {
            LOG.errorf(lastOutage, "%d audit entries lost: the database could not be reached before stopping", pending.size());
        }
    }

    void add(AuditEntry entry, String centerCode, UUID ticketId) {
        pending.add(new Pending(entry, centerCode, ticketId));
    }

    /**
     * Writes what waits and waits for a batch the timer is writing, so a reader that flushes first
     * sees every entry added before (within a few seconds; then it reads what is there).
     */
    Uni<Void> flush() {
        return flush(FLUSH_TRIES);
    }

    private Uni<Void> flush(int triesLeft) {
        return write().chain(() -> !writing.get() || triesLeft == 0 ? Uni.createFrom().voidItem()
                // a Vert.x timer calls back on the caller's context, where its session belongs
                : Uni.createFrom().<Void>emitter(later -> vertx.setTimer(FLUSH_PAUSE_MS, id -> later.complete(null)))
                        .chain(() -> flush(triesLeft - 1)));
    }

    /**
     * Writes what waits, in the order it came. While the database is unreachable the entries wait for
     * it; a batch that fails otherwise is written again one entry at a time, so one bad entry is
     * logged and dropped alone instead of taking the rest of its batch with it.
     */
    Uni<Void> write() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MOST_PER_BATCH && (next = pending.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        outage = false;
        return persist(batch)
                .onFailure(DatabaseOutage::causedBy).invoke(e -> putBack(batch, e))
                .onFailure(e -> !DatabaseOutage.causedBy(e)).recoverWithUni(e -> batch.size() == 1 ? dropped(batch, e) : oneByOne(batch))
                .onFailure().recoverWithNull().replaceWithVoid()
                .chain(() -> pending.isEmpty() || outage ? Uni.createFrom().voidItem() : write());
    }

    private Uni<Void> oneByOne(List<Pending> batch) {
        Uni<Void> steps = Uni.createFrom().voidItem();
        for (Pending p : batch) {
            List<Pending> one = List.of(p);
            steps = steps.chain(() -> persist(one).onFailure().recoverWithUni(e -> dropped(one, e)));
        }
        return steps;
    }

    private static Uni<Void> dropped(List<Pending> entries, Throwable e) {
        LOG.errorf("%d audit entries not written: %s", entries.size(), e);
        return Uni.createFrom().voidItem();
    }

    /**
     * The whole batch in one INSERT on the pool, not through Hibernate: its columns go as arrays
     * of text, and each entry whose address named a center gets that center's id in the same
     * statement. (Audit ids are identities, so Hibernate sent one INSERT per entry: on a busy floor
     * a few hundred statements every 200 ms, one for every request.)
     */
    private Uni<Void> persist(List<Pending> batch) {
        int n = batch.size();
        String[] centers = new String[n];
        String[] codes = new String[n];
        String[] tickets = new String[n];
        String[] ats = new String[n];
        String[] actors = new String[n];
        String[] actions = new String[n];
        String[] targets = new String[n];
        String[] statuses = new String[n];
        String[] kinds = new String[n];
        String[] subjects = new String[n];
        String[] counters = new String[n];
        for (int i = 0; i < n; i++) {
            AuditEntry e = batch.get(i).entry();
            centers[i] = e.centerId == null ? null : e.centerId.toString();
            // an administrator's change to a center belongs to that center's log
            codes[i] = batch.get(i).centerCode();
            // and so does one to a ticket, a manager's to see
            tickets[i] = batch.get(i).ticketId() == null ? null : batch.get(i).ticketId().toString();
            ats[i] = e.at.toString();
            actors[i] = e.actor;
            actions[i] = e.action;
            targets[i] = e.target;
            statuses[i] = Integer.toString(e.status);
            kinds[i] = e.kind == null ? AuditKind.OTHER.name() : e.kind;
            subjects[i] = e.ticketId == null ? null : e.ticketId.toString();
            counters[i] = e.counter == null ? null : e.counter.toString();
        }
        return pool.preparedQuery("INSERT INTO audit_log (center_id, at, actor, action, target, status, kind, ticket_id, counter)"
                + " SELECT COALESCE((SELECT id FROM center WHERE code = e.code),"
                + " (SELECT center_id FROM ticket WHERE id = CAST(e.ticket AS uuid)), CAST(e.c AS bigint)),"
                + " CAST(e.a AS timestamptz), e.actor, e.action, e.target, CAST(e.st AS int),"
                + " e.kind, CAST(e.subject AS uuid), CAST(e.counter AS int)"
                + " FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],"
                + " $8::text[], $9::text[], $10::text[], $11::text[]) AS e(c, code, a, actor, action, target, st, ticket,"
                + " kind, subject, counter)")
                .execute(Tuple.tuple().addArrayOfString(centers).addArrayOfString(codes).addArrayOfString(ats)
                        .addArrayOfString(actors).addArrayOfString(actions).addArrayOfString(targets)
                        .addArrayOfString(statuses).addArrayOfString(tickets).addArrayOfString(kinds)
                        .addArrayOfString(subjects).addArrayOfString(counters))
                .replaceWithVoid();
    }

    /**
     * The database is away: the entries go back to the head of the queue, in order, for the next
     * round (the timer keeps trying); beyond {@link #MOST_KEPT} the oldest are given up, with a log
     * line, so a long outage cannot fill the memory.
     */
    private void putBack(List<Pending> batch, Throwable e) {
        outage = true;
        lastOutage = e;
        for (int i = batch.size() - 1; i >= 0; i--) {
            pending.offerFirst(batch.get(i));
        }
        int dropped = 0;
        for (int excess = pending.size() - MOST_KEPT; dropped < excess && pending.pollFirst() != null; ) {
            dropped++;
        }
        if (dropped > 0) {
            LOG.errorf("%d audit entries given up: the database has been away too long", dropped);
        }
    }
}
