package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onedoor.center.Center;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;
import org.onedoor.floor.FloorEventBody.TicketDone;

/**
 * Today's mean service time per field, which every estimate uses. Issuing and calling only read
 * it, and it changes only when a ticket is completed, so each center's figures are kept until its
 * next TicketDone event (from this node or, in a cluster, any other) and for
 * {@link #KEPT_NANOS} at most: one query fewer for most ticket actions and kiosk reads.
 */
@ApplicationScoped
public class ServiceTimes {

    static final long KEPT_NANOS = 5_000_000_000L;

    /**
     * How many tickets the configured service minutes weigh against today's: a day's first few
     * completions (one citizen who only asked a question) must not turn every estimate into
     * "0 minutes"; by the twentieth, today's own figures weigh four fifths.
     */
    static final double CONFIGURED_WEIGHT = 5;

    /** Today's completed tickets of a field and their mean service time. */
    public record Served(double count, double meanMinutes) {

        /** The minutes an estimate uses: today's mean, drawn towards the configured minutes while it rests on few tickets. */
        public double minutes(double configuredMinutes) {
            return (count * meanMinutes + CONFIGURED_WEIGHT * configuredMinutes) / (count + CONFIGURED_WEIGHT);
        }
    }

    /** A center's figures for one day, read at a System.nanoTime(). */
    private record Held(LocalDate day, Map<Long, Served> minutes, long readAt) {
    }

    /** By center code, so that a completion forgets its center's figures without a scan. */
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    @Inject
    TicketRepository tickets;

    /** The figures as last read, if recent enough; otherwise read in the caller's session. */
    public Uni<Map<Long, Served>> recent(Center center, LocalDate day) {
        Held known = held.get(center.code);
        long now = System.nanoTime();
        if (known != null && known.day().equals(day) && now - known.readAt() < KEPT_NANOS) {
            return Uni.createFrom().item(known.minutes());
        }
        return current(center, day).invoke(minutes -> held.put(center.code, new Held(day, minutes, now)));
    }

    /** Read afresh in the caller's session. */
    private Uni<Map<Long, Served>> current(Center center, LocalDate day) {
        return read(center, day).map(rows -> averages(rows, null));
    }

    /**
     * The figures with a completion that is not written yet, counted as the statistics trigger will
     * count it: what the QueueChanged written in the same statement as that completion shows.
     */
    public Uni<Map<Long, Served>> withCompletion(Center center, LocalDate day, Ticket done) {
        return read(center, day).map(rows -> averages(rows, done));
    }

    private Uni<List<FieldServiceStats>> read(Center center, LocalDate day) {
        return tickets.getSession().chain(s -> s.createSelectionQuery("select s from FieldServiceStats s, Field f"
                + " where f.id = s.fieldId and f.centerId = :center and s.serviceDay = :day", FieldServiceStats.class)
                .setParameter("center", center.id).setParameter("day", day).getResultList());
    }

    private static Map<Long, Served> averages(List<FieldServiceStats> rows, Ticket done) {
        Map<Long, double[]> sums = new HashMap<>();
        for (FieldServiceStats row : rows) {
            sums.put(row.fieldId, new double[] {row.doneCount, row.serviceSeconds});
        }
        // the trigger's condition: a ticket that was started and finished counts, once
        if (done != null && done.startedAt != null && done.finishedAt != null) {
            double[] sum = sums.computeIfAbsent(done.fieldId, id -> new double[2]);
            sum[0] += 1;
            sum[1] += Duration.between(done.startedAt, done.finishedAt).toNanos() / 1e9;
        }
        Map<Long, Served> averages = new HashMap<>();
        sums.forEach((fieldId, sum) -> {
            if (sum[0] > 0) {
                averages.put(fieldId, new Served(sum[0], sum[1] / sum[0] / 60.0));
            }
        });
        return Map.copyOf(averages);
    }

    /** A completion, committed: the center's next reader reads the figures afresh. */
    @Incoming(EventJournal.CHANNEL)
    void onFloorEvent(FloorEvent event) {
        if (event.body() instanceof TicketDone) {
            held.remove(event.center());
        }
    }
}
