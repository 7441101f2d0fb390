package org.onedoor.common;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Failures Mutiny could hand to no one, because the work they ended was cancelled. Quarkus logs
 * each as an ERROR, and so do we, but for one that is no fault: Hibernate Reactive's HR000090,
 * "live transaction detected while closing the connection: it will be rolled back". It comes when
 * a request's client went away while its transaction ran (a screen that reloaded with its
 * pairing request in flight, a page that moved on, a kiosk that gave up on a slow link): the
 * session is closed and the transaction rolled back, which is the right outcome, and nothing is
 * left half done. Logged as an ERROR, it would send a center's technician looking for a fault.
 */
@ApplicationScoped
class DroppedFailures {

    private static final Logger LOG = Logger.getLogger(DroppedFailures.class);
    private static final WarningBurst ROLLED_BACK = new WarningBurst(
            "transactions rolled back because their request's client went away", LOG::warn);

    void install(@Observes StartupEvent started) {
        Infrastructure.setDroppedExceptionHandler(DroppedFailures::dropped);
    }

    static void dropped(Throwable failure) {
        if (isRollbackOfAbandonedWork(failure)) {
            ROLLED_BACK.warn("A transaction was rolled back: the client of its request went away before it ended ("
                    + failure.getMessage() + ")");
        } else {
            LOG.error("Mutiny had to drop the following exception", failure);
        }
    }

    private static boolean isRollbackOfAbandonedWork(Throwable failure) {
        if (failure instanceof CompositeException composite) {
            // several failures at once: a warning only if every one of them is such a rollback
            return composite.getCauses().stream().allMatch(DroppedFailures::isRollbackOfAbandonedWork);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null && t.getMessage().startsWith("HR000090")) {
                return true;
            }
        }
        return false;
    }
}
