package org.onedoor.ticket;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.onedoor.catalog.Field;
import org.onedoor.catalog.FieldRepository;
import org.onedoor.catalog.PriorityGroup;
import org.onedoor.catalog.PriorityGroupRepository;
import org.onedoor.center.Center;
import org.onedoor.counter.Counter;
import org.onedoor.counter.CounterRepository;

/**
 * Each center's layout — fields, priority groups, counters (with their state) and the fields each
 * serves — kept in memory: every call, start and completion needs it, and it changes a few times
 * a day. A database trigger gives {@code center.layout_version} a new number from a sequence in any
 * transaction that changes the layout (on any node), and the center row is read at the start of
 * every action anyway: a copy made at an older version is read again.
 *
 * <p>A copy is labelled with the version read, in the reader's own transaction, before its rows: it
 * is never older than its label, and one read by a transaction that changed the layout carries that
 * transaction's number, which no other server takes for the committed layout, and which, should
 * the transaction roll back, is never given to another change (a sequence does not give numbers
 * back).
 *
 * <p>The entities held here are copies attached to no session, shared between requests: read
 * them, never change them. The rows read for them are detached from the reader's session, so a
 * counter it locks afterwards is loaded as the lock finds it, not as this read saw it. Counter
 * rows also carry per-call data (the officer, the RATIO count) that is not part of the layout:
 * read those from a counter locked in the transaction.
 */
@ApplicationScoped
public class FloorLayouts {

    /** One center's layout at a version. */
    public record Layout(long version, Map<Long, Field> fields, Map<Long, PriorityGroup> groups, List<Counter> counters,
            Map<Long, List<Long>> fieldsByCounter) {
    }

    private final Map<Long, Layout> byCenter = new ConcurrentHashMap<>();

    @Inject
    FieldRepository fields;

    @Inject
    PriorityGroupRepository groups;

    @Inject
    CounterRepository counters;

    /** The center's layout as of {@code center.layoutVersion}; read in the caller's session when not held. */
    public Uni<Layout> of(Center center) {
        Layout held = byCenter.get(center.id);
        if (held != null && held.version() == center.layoutVersion) {
            return Uni.createFrom().item(held);
        }
        return read(center);
    }

    /**
     * Reads the layout from the database (the queue snapshot wants the counters' officers as they
     * are), with the caller's own changes: they are flushed first, so the version read is theirs.
     */
    public Uni<Layout> read(Center center) {
        return Panache.getSession().chain(session -> session.flush()
                .chain(() -> session.createSelectionQuery("select c.layoutVersion from Center c where c.id = :id", Long.class)
                        .setParameter("id", center.id).getSingleResult())
                .chain(version -> fields.byId(center.id).chain(fieldsById -> groups.ofCenter(center.id)
                        .chain(groupList -> counters.ofCenter(center.id)
                                .chain(counterList -> counters.fieldsByCounter(center.id).map(fieldsByCounter -> {
                                    Layout layout = new Layout(version, copies(fieldsById.values(), Field::copy, f -> f.id),
                                            copies(groupList, PriorityGroup::copy, g -> g.id),
                                            counterList.stream().map(Counter::copy).toList(), Map.copyOf(fieldsByCounter));
                                    fieldsById.values().forEach(session::detach);
                                    groupList.forEach(session::detach);
                                    counterList.forEach(session::detach);
                                    byCenter.merge(center.id, layout, (old, now) -> now.version() >= old.version() ? now : old);
                                    return layout;
                                }))))));
    }

    private static <E> Map<Long, E> copies(Collection<E> rows, UnaryOperator<E> copy, Function<E, Long> id) {
        return rows.stream().map(copy).collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }
}
