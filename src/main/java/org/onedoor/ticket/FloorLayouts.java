package org.onedoor.ticket;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
 * a day. A database trigger bumps {@code center.layout_version} in any transaction that changes
 * the layout (on any node), and the center row is read at the start of every action anyway: a
 * copy made at an older version is read again. Copies are labelled with the version read before
 * their rows, so a copy is never older than its label.
 *
 * <p>The entities held here are detached and shared between requests: read them, never change
 * them. Counter rows also carry per-call data (the officer, the RATIO count) that is not part of
 * the layout: read those from a counter locked in the transaction.
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

    /** Reads the layout from the database (the queue snapshot wants the counters' officers as they are). */
    public Uni<Layout> read(Center center) {
        long version = center.layoutVersion;
        return fields.byId(center.id).chain(fieldsById -> groups.ofCenter(center.id)
                .chain(groupList -> counters.ofCenter(center.id)
                        .chain(counterList -> counters.fieldsByCounter(center.id).map(fieldsByCounter -> {
                            Layout layout = new Layout(version, Map.copyOf(fieldsById),
                                    groupList.stream().collect(Collectors.toUnmodifiableMap(g -> g.id, Function.identity())),
                                    List.copyOf(counterList), Map.copyOf(fieldsByCounter));
                            byCenter.merge(center.id, layout, (old, now) -> now.version() >= old.version() ? now : old);
                            return layout;
                        }))));
    }
}
