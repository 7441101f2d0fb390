package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.onedoor.common.UniqueKey;

@ApplicationScoped
public class AppUserRepository implements PanacheRepository<AppUser> {

    /** Null for a name no user can have; one with a NUL would fail in PostgreSQL instead of matching no one. */
    public Uni<AppUser> findByUsername(String username) {
        if (username == null || username.indexOf('\0') >= 0) {
            return Uni.createFrom().nullItem();
        }
        return UniqueKey.row(find("username", username));
    }

    /**
     * Ends every session of the user: the version their session cookies carry moves on.
     *
     * @return the version valid from now on; null when there is no such user
     */
    @WithTransaction
    public Uni<Integer> endSessions(String username) {
        return update("sessionVersion = sessionVersion + 1 where username = ?1", username)
                .chain(rows -> rows == 0 ? Uni.createFrom().<Integer>nullItem()
                        : Panache.getSession().chain(s -> s.createSelectionQuery(
                                "select sessionVersion from AppUser where username = :username", Integer.class)
                                .setParameter("username", username).getSingleResult()));
    }
}
