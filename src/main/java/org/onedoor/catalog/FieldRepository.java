package org.onedoor.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onedoor.common.Problem;
import org.onedoor.common.UniqueKey;

@ApplicationScoped
public class FieldRepository implements PanacheRepository<Field> {

    public Uni<List<Field>> ofCenter(Long centerId) {
        return list("centerId = ?1 order by displayOrder, code", centerId);
    }

    public Uni<Map<Long, Field>> byId(Long centerId) {
        return ofCenter(centerId).map(fields -> fields.stream()
                .collect(Collectors.toMap(f -> f.id, Function.identity())));
    }

    public Uni<Field> findByCode(Long centerId, String code) {
        return UniqueKey.row(find("centerId = ?1 and code = ?2", centerId, code));
    }

    public Uni<Field> require(Long centerId, String code) {
        return findByCode(centerId, code).onItem().ifNull()
                .failWith(() -> Problem.notFound(w -> w.noField(code)));
    }
}
