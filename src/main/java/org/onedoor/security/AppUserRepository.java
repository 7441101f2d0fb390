package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AppUserRepository implements PanacheRepository<AppUser> {

    public Uni<AppUser> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    /** Ends every session of the user: the version their session cookies carry moves on. */
    @WithTransaction
    public Uni<Integer> endSessions(String username) {
        return update("sessionVersion = sessionVersion + 1 where username = ?1", username);
    }
}
