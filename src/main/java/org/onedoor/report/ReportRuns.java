package org.onedoor.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.hibernate.QueryTimeoutException;
import org.hibernate.reactive.mutiny.Mutiny;
import org.onedoor.common.DatabaseBusy;
import org.onedoor.common.Problem;
import org.onedoor.common.Turns;

/**
 * Runs reports within {@link ReportLimits}: a few at once on a node, the rest waiting their turn;
 * each in a read-only transaction; and each within its time limit, all its statements together.
 * PostgreSQL enforces the limit: every statement is given what is left of it as its
 * {@code statement_timeout} (SET LOCAL: the pooled connection forgets it at the end).
 */
@ApplicationScoped
@Startup // a wrong onedoor.reports.* setting stops the start, not the first report
class ReportRuns {

    @Inject
    ReportLimits limits;

    private Turns turns;

    @PostConstruct
    void start() {
        turns = new Turns("reports", limits.atOnce(), limits.waiting(), Math.max(1, limits.maxWait().toMillis()));
    }

    /** When a report's time runs out. */
    record Deadline(long atNanos) {

        long leftMillis() {
            return TimeUnit.NANOSECONDS.toMillis(atNanos - System.nanoTime());
        }
    }

    /**
     * Runs {@code work} in its turn; its time starts with the turn. Refused a turn: 503, try
     * again; out of time: 503, ask for less. A report whose client went away while it waited is
     * dropped; one that had its turn runs on to its end (its time limit bounds it) and keeps the
     * turn until then: given back at the cancel, the turn would let a manager who reloads a slow
     * report start one heavy statement after another.
     */
    <T> Uni<T> run(Function<Deadline, Uni<T>> work) {
        return turns.admitToEnd(() -> readOnly(work))
                .onFailure(DatabaseBusy.class).transform(e -> Problem.unavailable(w -> w.reportsBusy()))
                .onFailure(ReportRuns::stoppedForTime).transform(e -> tooLong());
    }

    /**
     * The province dashboard's one statement: read-only and within the time limit like a report,
     * but without a turn, for a glance at the floors now must not wait behind a year's report.
     */
    <T> Uni<T> glance(Function<Mutiny.Session, Uni<T>> statement) {
        return readOnly(deadline -> limited(deadline, statement))
                .onFailure(ReportRuns::stoppedForTime).transform(e -> tooLong());
    }

    /** Work in a read-only transaction; its time starts now. */
    private <T> Uni<T> readOnly(Function<Deadline, Uni<T>> work) {
        Deadline deadline = new Deadline(System.nanoTime() + limits.timeLimit().toNanos());
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("SET TRANSACTION READ ONLY").executeUpdate())
                .chain(() -> work.apply(deadline)));
    }

    /** One statement, with what is left of the time. */
    private <T> Uni<T> limited(Deadline deadline, Function<Mutiny.Session, Uni<T>> statement) {
        long left = deadline.leftMillis();
        if (left < 1) {
            return Uni.createFrom().failure(tooLong());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("SET LOCAL statement_timeout = " + left).executeUpdate()
                .chain(() -> statement.apply(s)));
    }

    /**
     * What a report reads: the service days from..to of one center (null: every center), by its
     * deadline. Its statements take the parameters :center, :from and :to.
     */
    record Reading(Long center, LocalDate from, LocalDate to, Deadline deadline) {
    }

    /** One statement of the report, with what is left of its time. */
    Uni<List<Object[]>> rows(Reading reading, String sql) {
        return limited(reading.deadline(), s -> s.createNativeQuery(sql, Object[].class).setParameter("center", reading.center())
                .setParameter("from", reading.from()).setParameter("to", reading.to()).getResultList());
    }

    private Problem tooLong() {
        return Problem.tooMuchAsked(w -> w.reportTooLong(limits.timeLimit().toSeconds()));
    }

    /**
     * PostgreSQL's query_canceled (57014), as Hibernate words it (QueryTimeoutException) or as the
     * client does: here, only the statement timeout cancels a report's statement.
     */
    private static boolean stoppedForTime(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryTimeoutException || t instanceof PgException pg && "57014".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
