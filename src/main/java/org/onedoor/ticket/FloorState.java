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

    /** Numbers of the counters that serve a field (open ones first), for "go to counter 3 or 5". */
    public List<Integer> countersServing(Long fieldId) {
        return counters.stream()
                .filter(c -> fieldsByCounter.getOrDefault(c.id, List.of()).contains(fieldId))
                .sorted((a, b) -> Boolean.compare(a.state != CounterState.OPEN, b.state != CounterState.OPEN))
                .map(c -> c.number).toList();
    }
}
