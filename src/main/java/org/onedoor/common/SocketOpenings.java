package org.onedoor.common;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many database reads for devices opening their sockets run at once on this node: a screen's
 * or a bridge's upgrade check, a screen's snapshot or replay. When a node dies its screens come
 * back to the others within a second or two, thousands at once; taking {@link Turns turns} leaves
 * the rest of the pool to kiosks and counters. The read of a socket already open goes ahead of the
 * upgrades still waiting, since refusing it would throw away the upgrade done for it. A refused
 * opening is answered 503 before the upgrade, 1013 after it, and the screen comes back after its
 * jittered back-off.
 */
@ApplicationScoped
public class SocketOpenings {

    /** Less than the pool's own wait (5 s): a screen is refused here before the pool would refuse it. */
    static final long MAX_WAIT_MILLIS = 4000;

    @ConfigProperty(name = "onedoor.floor.socket-openings", defaultValue = "8")
    int limit;

    @ConfigProperty(name = "onedoor.floor.socket-openings-waiting", defaultValue = "4000")
    int maxWaiting;

    private Turns turns;

    @PostConstruct
    void start() {
        turns = new Turns("screens opening", limit, maxWaiting, MAX_WAIT_MILLIS);
    }

    /** Runs an upgrade's {@code read} in its turn, on the caller's Vert.x context; fails with {@link DatabaseBusy} if refused. */
    public <T> Uni<T> admit(Supplier<Uni<T>> read) {
        return turns.admit(read);
    }

    /** The same for the read of a socket already open, which goes ahead of the upgrades waiting. */
    public <T> Uni<T> admitOpen(Supplier<Uni<T>> read) {
        return turns.admitAhead(read);
    }
}
