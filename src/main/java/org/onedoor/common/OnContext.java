package org.onedoor.common;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A result that another thread completes (a read shared with other callers, a turn handed over by
 * whoever finished first) is delivered on the caller's own Vert.x context, as if the caller had
 * done the work itself: Hibernate Reactive's session and Quarkus's request state live there.
 */
public final class OnContext {

    private OnContext() {
    }

    /** {@code result}, emitted on the context current now (unchanged when there is none, as in unit tests). */
    public static <T> Uni<T> ofCaller(Uni<T> result) {
        Context context = Vertx.currentContext();
        return context == null ? result : result.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
