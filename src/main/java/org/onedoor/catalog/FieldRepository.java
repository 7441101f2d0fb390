package org.onedoor.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onedoor.common.Problem;
import org.onedoor.common.UniqueKey;

@ApplicationScoped
public class FieldRepository implements PanacheRepository<Field> {

    /** The codes the center's fields gave on this service day (SQL: tickets belong to another feature). */
    public Uni<TodaysCodes> codesOn(Long centerId, LocalDate day) {
        return getSession().chain(s -> s.createNativeQuery(
                        "SELECT coalesce(issued_field_id, field_id), code FROM ticket WHERE center_id = :center AND service_day = :day", Object[].class)
                .setParameter("center", centerId).setParameter("day", day).getResultList())
                .map(rows -> new TodaysCodes(rows.stream()
                        .map(r -> new TodaysCodes.Issued(((Number) r[0]).longValue(), (String) r[1])).toList()));
    }

    public Uni<List<Field>> ofCenter(Long centerId) {
        return list("centerId = ?1 order by displayOrder, code", centerId);
    }

    public Uni<Map<Long, Field>> byId(Long centerId) {
        return ofCenter(centerId).map(fields -> fields.stream()
                .collect(Collectors.toMap(f -> f.id, Function.identity())));
    }

    /**
     * The center's fields, locked until commit: a catalogue import and a field edit at once would
     * each write every column of what it read, and the later one undo the other's change.
     */
    public Uni<List<Field>> ofCenterLocked(Long centerId) {
        return find("centerId = ?1 order by displayOrder, code", centerId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The field, locked until commit (see {@link #ofCenterLocked}); null if there is none yet. */
    public Uni<Field> findByCodeLocked(Long centerId, String code) {
        return UniqueKey.row(find("centerId = ?1 and code = ?2", centerId, code).withLock(LockModeType.PESSIMISTIC_WRITE));
    }

    public Uni<Field> findByCode(Long centerId, String code) {
        return UniqueKey.row(find("centerId = ?1 and code = ?2", centerId, code));
    }

    public Uni<Field> require(Long centerId, String code) {
        return findByCode(centerId, code).onItem().ifNull()
                .failWith(() -> Problem.notFound(w -> w.noField(code)));
    }
}
