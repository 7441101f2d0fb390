package org.onedoor.center;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.onedoor.common.Problem;

@ApplicationScoped
public class CenterRepository implements PanacheRepository<Center> {

    public Uni<Center> findByCode(String code) {
        return find("code", code).firstResult();
    }

    /** The center, or a 404 that names the code the client sent. */
    public Uni<Center> require(String code) {
        return findByCode(code).onItem().ifNull()
                .failWith(() -> Problem.notFound("No center with code '" + code + "'."));
    }
}
