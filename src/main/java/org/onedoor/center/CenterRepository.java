package org.onedoor.center;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.onedoor.common.Problem;
import org.onedoor.common.UniqueKey;

@ApplicationScoped
public class CenterRepository implements PanacheRepository<Center> {

    /** Null for a code no center can have; one with a NUL would fail in PostgreSQL instead of matching none. */
    public Uni<Center> findByCode(String code) {
        if (code == null || code.indexOf('\0') >= 0) {
            return Uni.createFrom().nullItem();
        }
        return UniqueKey.row(find("code", code));
    }

    /** The center, or a 404 that names the code the client sent. */
    public Uni<Center> require(String code) {
        return findByCode(code).onItem().ifNull()
                .failWith(() -> Problem.notFound("No center with code '" + code + "'."));
    }
}
