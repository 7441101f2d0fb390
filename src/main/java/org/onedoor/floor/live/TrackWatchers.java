package org.onedoor.floor.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;
import org.onedoor.ticket.TicketQueries;
import org.onedoor.ticket.TrackView;

/**
 * Citizens' phones following one ticket each (the public tracking page). After any event of the
 * ticket's center, each watcher's view is read again, at most once per {@link #COALESCE_MS}
 * however many events come, and sent only when something the citizen sees has changed.
 */
@ApplicationScoped
public class TrackWatchers {

    static final long COALESCE_MS = 300;
    private static final Logger LOG = Logger.getLogger(TrackWatchers.class);

    private final class Watcher {
        final WebSocketConnection connection;
        final String token;
        final AtomicBoolean pending = new AtomicBoolean();
        /** Reads started, and the newest whose view was applied: an older read answering last is dropped. */
        final AtomicLong reads = new AtomicLong();
        long applied;
        volatile TrackView shown;

        Watcher(WebSocketConnection connection, String token) {
            this.connection = connection;
            this.token = token;
        }
    }

    private final Map<String, Set<Watcher>> byCenter = new ConcurrentHashMap<>();
    private final Map<String, Watcher> byConnection = new ConcurrentHashMap<>();

    @Inject
    TicketQueries queries;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    /**
     * Starts following: the caller sends the first view. A phone that closed while that view was
     * read is not kept (its close came first, and found nothing to forget); an event committed
     * between the read and now would be missed, so the view is read once more.
     */
    void watch(WebSocketConnection connection, String token, TrackView first) {
        Watcher watcher = new Watcher(connection, token);
        watcher.shown = first;
        byConnection.put(connection.id(), watcher);
        byCenter.computeIfAbsent(first.center(), c -> ConcurrentHashMap.newKeySet()).add(watcher);
        if (!connection.isOpen()) {
            unwatch(connection);
            return;
        }
        schedule(watcher);
    }

    void unwatch(WebSocketConnection connection) {
        Watcher watcher = byConnection.remove(connection.id());
        if (watcher != null && watcher.shown != null) {
            Set<Watcher> set = byCenter.get(watcher.shown.center());
            if (set != null) {
                set.remove(watcher);
            }
        }
    }

    @Incoming(EventJournal.CHANNEL)
    void onFloorEvent(FloorEvent event) {
        Set<Watcher> watchers = byCenter.get(event.center());
        if (watchers == null) {
            return;
        }
        for (Watcher w : watchers) {
            schedule(w);
        }
    }

    private void schedule(Watcher w) {
        if (w.pending.compareAndSet(false, true)) {
            vertx.setTimer(COALESCE_MS, id -> refresh(w));
        }
    }

    private void refresh(Watcher w) {
        // Hibernate Reactive needs a safe, duplicated context of its own
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> {
            w.pending.set(false);
            long read = w.reads.incrementAndGet();
            queries.track(w.token).subscribe().with(view -> {
                synchronized (w) {
                    // two reads overlap when events come while one is slow: the older must not undo the newer
                    if (read < w.applied || !w.connection.isOpen()) {
                        return;
                    }
                    w.applied = read;
                    if (sameForTheCitizen(view, w.shown)) {
                        return;
                    }
                    w.shown = view;
                }
                w.connection.sendText(frame(view)).subscribe().with(ok -> { }, e -> LOG.debug("Track frame lost", e));
            }, e -> LOG.debugf(e, "Tracking view of a watcher failed"));
        });
    }

    String frame(TrackView view) {
        try {
            return json.writeValueAsString(Map.of("type", "Track", "ticket", view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameForTheCitizen(TrackView a, TrackView b) {
        return b != null && a.state() == b.state() && Objects.equals(a.position(), b.position())
                && Objects.equals(a.peopleAhead(), b.peopleAhead())
                && Objects.equals(a.estimatedWaitMinutes(), b.estimatedWaitMinutes()) && Objects.equals(a.counter(), b.counter())
                && a.counterOpen() == b.counterOpen();
    }
}
