package org.onedoor.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onedoor.common.Problem;
import org.onedoor.common.SearchText;
import org.onedoor.common.UniqueKey;

@ApplicationScoped
public class ProcedureRepository implements PanacheRepository<Procedure> {

    public Uni<Procedure> findByCode(Long centerId, String code) {
        return UniqueKey.row(find("centerId = ?1 and code = ?2", centerId, code));
    }

    public Uni<Procedure> require(Long centerId, String code) {
        return findByCode(centerId, code).onItem().ifNull()
                .failWith(() -> Problem.notFound(w -> w.noProcedure(code)));
    }

    public Uni<List<Procedure>> ofCenter(Long centerId) {
        return list("centerId = ?1 order by code", centerId);
    }

    /** Active procedures whose code or name contains every word of the query, diacritics ignored. */
    public Uni<List<Procedure>> search(Long centerId, String query, Long fieldId, int limit) {
        StringBuilder hql = new StringBuilder("centerId = :center and active = true");
        var params = new java.util.HashMap<String, Object>();
        params.put("center", centerId);
        if (fieldId != null) {
            hql.append(" and fieldId = :field");
            params.put("field", fieldId);
        }
        String[] words = SearchText.fold(query).split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            hql.append(" and searchText like :w").append(i);
            params.put("w" + i, "%" + words[i].replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        return find(hql + " order by code", params).page(0, limit).list();
    }
}
