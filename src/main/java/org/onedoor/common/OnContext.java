package org.onedoor.common;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

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

    /**
     * Runs {@code work} on a safe Vert.x context of its own, as a request would: for database work
     * started by a timer or at shutdown, which have no context a Hibernate Reactive session may use.
     */
    public static <T> Uni<T> ofItsOwn(Vertx vertx, Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(done -> context.runOnContext(v -> work.get().subscribe().with(done::complete, done::fail)));
    }
}
