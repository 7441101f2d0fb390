package org.onedoor.center;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.onedoor.common.Problem;
import org.onedoor.common.UniqueKey;

@ApplicationScoped
public class CenterRepository implements PanacheRepository<Center> {

    /** Null for a code no center can have; one with a NUL would fail in PostgreSQL instead of matching none. */
    public Uni<Center> findByCode(String code) {
        return byCode(code, LockModeType.NONE);
    }

    /** The center, or a 404 that names the code the client sent. */
    public Uni<Center> require(String code) {
        return orNotFound(code, findByCode(code));
    }

    /**
     * The center, locked until commit, or a 404: its settings are written back whole, so two
     * changes at once must not undo each other. Nothing else is locked after it (see EventJournal).
     */
    public Uni<Center> requireLocked(String code) {
        return orNotFound(code, byCode(code, LockModeType.PESSIMISTIC_WRITE));
    }

    private Uni<Center> byCode(String code, LockModeType lock) {
        if (code == null || code.indexOf('\0') >= 0) {
            return Uni.createFrom().nullItem();
        }
        return UniqueKey.row(lock == LockModeType.NONE ? find("code", code) : find("code", code).withLock(lock));
    }

    private static Uni<Center> orNotFound(String code, Uni<Center> center) {
        return center.onItem().ifNull().failWith(() -> Problem.notFound(w -> w.noCenter(code)));
    }
}
