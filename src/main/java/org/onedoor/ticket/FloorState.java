package org.onedoor.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.onedoor.catalog.Field;
import org.onedoor.catalog.PriorityGroup;
import org.onedoor.center.Center;
import org.onedoor.counter.Counter;
import org.onedoor.counter.CounterState;

/**
 * Everything about one center's floor today, read in one go, to describe tickets and the queue.
 *
 * @param layoutVersion the version of the layout (fields, groups, counters) held here
 */
public record FloorState(Center center, LocalDate day, long layoutVersion, Map<Long, Field> fields,
        Map<Long, PriorityGroup> groups, List<Counter> counters, Map<Long, List<Long>> fieldsByCounter,
        List<Ticket> openTickets, QueueEstimator estimator) {

    public Field field(Long id) {
        return fields.get(id);
    }

    /** The field with this code, or null: a center has a handful, so a scan is the lookup. */
    public Field field(String code) {
        return fields.values().stream().filter(f -> f.code.equals(code)).findFirst().orElse(null);
    }

    public Counter counter(Long id) {
        return id == null ? null : counters.stream().filter(c -> c.id.equals(id)).findFirst().orElse(null);
    }

    public Integer counterNumber(Long id) {
        Counter c = counter(id);
        return c == null ? null : c.number;
    }

    public String groupCode(Long id) {
        return id == null ? null : groups.get(id).code;
    }

    /** How many counters serving the field are open now (not on a break, not closed). */
    public int openCounters(Long fieldId) {
        return (int) serving(fieldId).filter(c -> c.state == CounterState.OPEN).count();
    }

    /** How many counters serving the field are on a break now (PAUSED): at work, back soon. */
    public int pausedCounters(Long fieldId) {
        return (int) serving(fieldId).filter(c -> c.state == CounterState.PAUSED).count();
    }

    /** Numbers of the counters that serve a field, open or not, in number order. */
    public List<Integer> countersServing(Long fieldId) {
        return serving(fieldId).map(c -> c.number).toList();
    }

    /**
     * What a citizen of the field is told, "Quầy: 1, 3": the counters serving it that are at work
     * (open, or on a break), in number order; when none is, all of them, so they know where to look
     * once one opens. A closed counter listed beside open ones would send them to an empty desk.
     */
    public List<Integer> countersToGoTo(Long fieldId) {
        List<Integer> working = serving(fieldId).filter(c -> c.state != CounterState.CLOSED).map(c -> c.number).toList();
        return working.isEmpty() ? countersServing(fieldId) : working;
    }

    private java.util.stream.Stream<Counter> serving(Long fieldId) {
        return counters.stream().filter(c -> fieldsByCounter.getOrDefault(c.id, List.of()).contains(fieldId))
                .sorted(java.util.Comparator.comparingInt(c -> c.number));
    }
}
