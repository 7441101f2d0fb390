package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.onedoor.common.Problem;
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

    /** As {@link #findByUsername}, the row locked until the transaction ends. */
    public Uni<AppUser> findByUsernameLocked(String username) {
        if (username == null || username.indexOf('\0') >= 0) {
            return Uni.createFrom().nullItem();
        }
        return UniqueKey.row(find("username", username).withLock(LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * 403 unless the account is switched on, its row shared until commit: switching it off
     * (which locks the row for update) waits for this transaction, or this sees it off. An
     * officer's counter opened as their account goes off is so either seen by the switching off,
     * which closes it, or refused.
     */
    public Uni<Void> requireOnUntilCommit(String username) {
        // the row locked in a subquery: Postgres takes no FOR SHARE beside an aggregate
        return getSession().chain(s -> s.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM app_user WHERE username = :name"
                        + " AND NOT disabled FOR SHARE) account_on", Long.class).setParameter("name", username).getSingleResult())
                .invoke(on -> {
                    if (on == 0) {
                        throw Problem.forbidden(w -> w.accountSwitchedOff());
                    }
                }).replaceWithVoid();
    }

    /**
     * Ends every session of the user, as one of them signs out: the version their session cookies
     * carry moves on. A cookie of a session that has already ended (a copy kept after a sign-out)
     * ends nothing: it would sign its owner out everywhere, again and again.
     *
     * @param version the version of the session that signs out
     * @return the version valid from now on; null when there is no such user or session
     */
    @WithTransaction
    public Uni<Integer> endSessions(String username, int version) {
        return update("sessionVersion = sessionVersion + 1 where username = ?1 and sessionVersion = ?2", username, version)
                .chain(rows -> rows == 0 ? Uni.createFrom().<Integer>nullItem()
                        : Panache.getSession().chain(s -> s.createSelectionQuery(
                                "select sessionVersion from AppUser where username = :username", Integer.class)
                                .setParameter("username", username).getSingleResult()));
    }
}
