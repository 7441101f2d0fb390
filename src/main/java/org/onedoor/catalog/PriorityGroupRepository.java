package org.onedoor.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onedoor.common.Problem;
import org.onedoor.common.UniqueKey;

@ApplicationScoped
public class PriorityGroupRepository implements PanacheRepository<PriorityGroup> {

    public Uni<List<PriorityGroup>> ofCenter(Long centerId) {
        return list("centerId = ?1 order by displayOrder, code", centerId);
    }

    public Uni<PriorityGroup> requireActive(Long centerId, String code) {
        return UniqueKey.row(find("centerId = ?1 and code = ?2 and active = true", centerId, code))
                .onItem().ifNull()
                .failWith(() -> Problem.badRequest(CatalogProblems.class, w -> w.noPriorityGroup(code)));
    }
}
