package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AppUserRepository implements PanacheRepository<AppUser> {

    public Uni<AppUser> findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
