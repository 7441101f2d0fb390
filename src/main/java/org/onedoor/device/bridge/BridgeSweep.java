package org.onedoor.device.bridge;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.quarkus.websockets.next.CloseReason;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.onedoor.device.DeviceService;
import org.onedoor.device.PrinterState;

/**
 * Mends what the one-time messages to the bridges miss. Every {@link BridgeTimings#checkEvery}:
 * a bridge silent too long is dropped and its printer reported offline, the others are pinged
 * (they answer, so silence means gone), and print jobs waiting for a bridge that its connection
 * was never sent go now. Every {@link BridgeTimings#displaysEvery}: each display is told its state.
 */
@ApplicationScoped
class BridgeSweep {

    private static final Logger LOG = Logger.getLogger(BridgeSweep.class);
    static final CloseReason SILENT = new CloseReason(4008, "silent");

    @Inject
    BridgeHub hub;

    @Inject
    BridgeJobs jobs;

    @Inject
    CounterDisplays displays;

    @Inject
    DeviceService devices;

    @Inject
    BridgeTimings timings;

    @Inject
    Vertx vertx;

    private long checkTimer = -1;
    private long displayTimer = -1;
    private final AtomicBoolean checking = new AtomicBoolean();

    void start(@Observes StartupEvent event) {
        checkTimer = vertx.setPeriodic(timings.checkEvery().toMillis(), id -> check());
        displayTimer = vertx.setPeriodic(timings.displaysEvery().toMillis(), id -> tellDisplaysAgain());
    }

    void stop(@Observes ShutdownEvent event) {
        for (long timer : new long[] {checkTimer, displayTimer}) {
            if (timer >= 0) {
                vertx.cancelTimer(timer);
            }
        }
    }

    private void check() {
        if (!checking.compareAndSet(false, true)) {
            return; // the database is slow: the last round has not finished
        }
        onContext(() -> Uni.createFrom().deferred(() -> dropSilent().chain(this::resendJobs))
                .eventually(() -> checking.set(false)));
    }

    /** Drops the bridges heard from too long ago and pings the others. */
    Uni<Void> dropSilent() {
        long now = System.nanoTime();
        Uni<Void> reports = Uni.createFrom().voidItem();
        for (BridgeLink link : hub.links()) {
            if (now - link.lastHeard() <= timings.silentAfter().toNanos()) {
                link.connection.sendPing(Buffer.buffer()).subscribe().with(v -> { }, e -> { });
                continue;
            }
            // out of the hub first: the socket's own close, whenever a dead TCP connection lets it come, then does nothing
            if (hub.disconnected(link)) {
                LOG.warnf("Bridge %d silent for over %s: taken as gone", link.bridge, timings.silentAfter());
                link.connection.close(SILENT).subscribe().with(v -> { }, e -> { });
                if (link.hasPrinters()) {
                    reports = reports.chain(() -> devices.reportPrinter(link.bridge, PrinterState.OFFLINE, null));
                }
            }
        }
        return reports;
    }

    /** The jobs still waiting for a connected bridge that were never sent on its connection (their event went missing). */
    Uni<Void> resendJobs() {
        Map<Long, BridgeLink> ready = hub.links().stream().filter(l -> l.ready() && l.hasPrinters())
                .collect(Collectors.toMap(l -> l.bridge, Function.identity(), (a, b) -> b));
        if (ready.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return jobs.waitingFor(ready.keySet()).chain(waiting -> {
            Uni<Void> sent = Uni.createFrom().voidItem();
            for (BridgeJobs.Waiting w : waiting) {
                BridgeLink link = ready.get(w.bridge());
                if (link != null && !link.sentJobs.contains(w.job().toString())) {
                    sent = sent.chain(() -> jobs.job(w.job().toString()).invoke(job -> {
                        if (job != null) {
                            LOG.infof("Print job %s sent again to bridge %d: its first send was missed", w.job(), w.bridge());
                            hub.send(link, job);
                        }
                    })).replaceWithVoid();
                }
            }
            return sent;
        });
    }

    /** Tells every display what it should show now; done when every bridge was sent its displays' states. */
    CompletionStage<Void> tellDisplaysAgain() {
        return onContext(this::resendDisplays);
    }

    private Uni<Void> resendDisplays() {
        Uni<Void> sent = Uni.createFrom().voidItem();
        for (BridgeLink link : List.copyOf(hub.links())) {
            if (link.ready() && link.drivesDisplays()) {
                sent = sent.chain(() -> displays.sendAll(link));
            }
        }
        return sent;
    }

    /** Runs work that reads the database from a timer, which has no context of its own. */
    private CompletionStage<Void> onContext(Supplier<Uni<Void>> work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> Uni.createFrom().deferred(work::get).subscribe().with(done::complete, e -> {
            LOG.debugf(e, "Bridge sweep failed");
            done.completeExceptionally(e);
        }));
        return done;
    }
}
