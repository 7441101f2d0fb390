package org.onedoor.floor;

import io.smallrye.reactive.messaging.annotations.Broadcast;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Hands committed floor events to this node's consumers (screens, tracking pages, bridges, service
 * times) through the {@value EventJournal#CHANNEL} channel, from a thread of its own.
 *
 * <p>Why a thread of its own: a message sent from a Vert.x event loop carries a new duplicated
 * context of that loop, and SmallRye Reactive Messaging then runs every consumer of every event
 * as a task queued on that loop, each consumer taking its events one after another. At a busy
 * hour's peak those tasks queued behind everything else the loop had to do, and the hall screens
 * fell seconds behind the calls, in order, although each frame left within a millisecond once
 * its turn came (bench/README.md, "Late screens"). Sent from a plain thread, a message has no
 * context and the consumers run at once, on this thread, in the order the events were handed in.
 * Every consumer is quick and never blocks: the ones that read the database start that read on
 * a context of their own.
 */
@ApplicationScoped
public class LocalDelivery {

    static final String THREAD_NAME = "floor-delivery";
    private static final Logger LOG = Logger.getLogger(LocalDelivery.class);

    @Inject
    @Channel(EventJournal.CHANNEL)
    @Broadcast
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    Emitter<FloorEvent> emitter;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });

    /** Queues the event for this node's consumers; returns at once. */
    public void deliver(FloorEvent event) {
        try {
            thread.execute(() -> send(event));
        } catch (RejectedExecutionException e) {
            // only while the node stops; the event is in the log for whoever reads it next
            LOG.debugf("Floor event %d of %s not delivered: the node is stopping", event.seq(), event.center());
        }
    }

    private void send(FloorEvent event) {
        try {
            emitter.send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    LOG.warnf(failure, "Floor event %d of %s was not delivered", event.seq(), event.center());
                }
            });
        } catch (RuntimeException e) {
            // The event is in the log already; a reader catches up from there.
            LOG.warnf(e, "Floor event %d of %s was not published", event.seq(), event.center());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }
}
