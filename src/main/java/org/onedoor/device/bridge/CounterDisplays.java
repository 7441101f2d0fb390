package org.onedoor.device.bridge;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.onedoor.center.Center;
import org.onedoor.common.OnContext;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;
import org.onedoor.floor.FloorEventBody;
import org.onedoor.floor.FloorEventBody.CounterStateChanged;
import org.onedoor.floor.FloorEventBody.LayoutChanged;
import org.onedoor.floor.FloorEventBody.TicketCalled;
import org.onedoor.floor.FloorEventBody.TicketCancelled;
import org.onedoor.floor.FloorEventBody.TicketDone;
import org.onedoor.floor.FloorEventBody.TicketNoShow;
import org.onedoor.floor.FloorEventBody.TicketRecalled;
import org.onedoor.floor.FloorEventBody.TicketTransferred;
import org.onedoor.ticket.TicketState;

/**
 * The LED number display above each counter. After any event that can change what a counter
 * shows, the counter's state is read from the database and its display told: {@code Show} the
 * code of the ticket called or served there, or {@code Clear}. Reading the state instead of
 * replaying events makes each message right on its own: a lost, late or repeated one is mended
 * by the next, and a bridge that reconnects is simply told every display's state.
 */
@ApplicationScoped
public class CounterDisplays {

    private static final Logger LOG = Logger.getLogger(CounterDisplays.class);
    private static final List<TicketState> AT_COUNTER = List.of(TicketState.CALLED, TicketState.SERVING);

    /** What one counter's display should show now: a code, or null for blank. */
    record DisplayState(int counter, String address, String code) {
    }

    @Inject
    BridgeHub hub;

    @Inject
    Vertx vertx;

    @Inject
    Clock clock;

    private final DisplayReads reads = new DisplayReads();

    @Incoming(EventJournal.CHANNEL)
    void onFloorEvent(FloorEvent event) {
        if (event.body() instanceof LayoutChanged) {
            onLayoutChanged(event.center());
            return;
        }
        Integer counter = counterOf(event.body());
        if (counter == null || hub.readyIn(event.center()).isEmpty()) {
            return;
        }
        boolean recall = event.body() instanceof TicketRecalled;
        String key = event.center() + "/" + counter;
        long read = reads.askOne(key);
        OnContext.ofItsOwn(vertx, () -> states(event.center(), counter)).subscribe().with(states -> {
            if (reads.isNewest(key, read)) {
                states.forEach(state -> tell(event.center(), state, recall));
            }
        }, e -> LOG.warnf(e, "Display of counter %d in %s not updated", counter, event.center()));
    }

    /**
     * The counters were edited, perhaps a display address with them: a board a counter took shows
     * its number now, not at the next minute's refresh, and a board no counter has any more is
     * blanked, not left showing a number for good. Boards whose counter kept them are not written
     * (a write makes some boards flash, as a call does).
     */
    private void onLayoutChanged(String center) {
        if (hub.readyIn(center).isEmpty()) {
            return;
        }
        long read = reads.askAfterLayoutChange(center);
        OnContext.ofItsOwn(vertx, () -> states(center, null)).subscribe().with(states -> {
            for (BridgeLink link : hub.readyIn(center)) {
                Set<String> kept = new HashSet<>();
                for (DisplayState s : states) {
                    kept.add(s.address());
                    boolean differs = !told(s).equals(link.toldDisplays.get(s.address()));
                    if (link.drives(s.address()) && differs && reads.isNewest(center + "/" + s.counter(), read)) {
                        send(link, s, false, false);
                    }
                }
                for (String given : List.copyOf(link.toldDisplays.keySet())) {
                    if (!kept.contains(given) && !link.toldDisplays.get(given).isEmpty()) {
                        send(link, new DisplayState(0, given, null), false, false);
                    }
                }
            }
        }, e -> LOG.warnf(e, "Displays of %s not updated after a layout change", center));
    }

    /**
     * A bridge said Hello, or the minute's refresh came: tell it what each of its displays should
     * show now, except a counter whose own read started after this one (it tells this bridge, which
     * is ready, the newer state). Marked as a refresh: the bridge leaves a board that shows it
     * already unwritten (a write makes some boards flash, as a call does).
     */
    Uni<Void> sendAll(BridgeLink link) {
        long read = reads.askAll();
        return states(link.center, null).invoke(states -> states.stream()
                .filter(s -> link.drives(s.address()) && reads.isNewest(link.center + "/" + s.counter(), read))
                .forEach(s -> send(link, s, false, true))).replaceWithVoid();
    }

    /** A counter's event: its display's state, a refresh when it is what this bridge was told last (a pause, say). */
    private void tell(String center, DisplayState state, boolean recall) {
        for (BridgeLink link : hub.readyIn(center)) {
            if (link.drives(state.address())) {
                send(link, state, recall, !recall && told(state).equals(link.toldDisplays.get(state.address())));
            }
        }
    }

    private static String told(DisplayState state) {
        return state.code() == null ? "" : state.code();
    }

    private void send(BridgeLink link, DisplayState state, boolean recall, boolean refresh) {
        link.toldDisplays.put(state.address(), told(state));
        String job = UUID.randomUUID().toString();
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", state.code() == null ? "Clear" : "Show");
        frame.put("job", job);
        frame.put("display", state.address());
        if (state.code() != null) {
            frame.put("text", state.code());
            frame.put("recall", recall);
        }
        if (refresh) {
            frame.put("refresh", true);
        }
        hub.sendDisplay(link, job, frame);
    }

    /**
     * The counters of a center that have a display (one of them when {@code counter} is given), and
     * the codes of this service day's tickets at them: one left at a counter on an earlier day
     * does not hold it (see {@code TicketRepository.lockCounter}), so its display shows it no more.
     */
    private Uni<List<DisplayState>> states(String center, Integer counter) {
        String oneCounter = counter == null ? "" : " and c.number = :number";
        return Panache.withSession(() -> Panache.getSession().chain(s -> {
            var query = s.createSelectionQuery("select c.number, c.displayAddress, t.code, t.serviceDay, ce from Counter c"
                    + " join Center ce on ce.id = c.centerId"
                    + " left join Ticket t on t.counterId = c.id and t.state in :atCounter"
                    + " where ce.code = :center and c.displayAddress is not null and c.retiredAt is null" + oneCounter
                    + " order by c.number", Object[].class)
                    .setParameter("atCounter", AT_COUNTER).setParameter("center", center);
            if (counter != null) {
                query.setParameter("number", counter);
            }
            return query.getResultList();
        })).map(rows -> {
            Instant now = clock.instant();
            Map<Integer, DisplayState> byCounter = new LinkedHashMap<>();
            for (Object[] r : rows) {
                boolean today = r[2] != null && r[3].equals(((Center) r[4]).serviceDay(now));
                DisplayState state = new DisplayState((Integer) r[0], (String) r[1], today ? (String) r[2] : null);
                byCounter.merge(state.counter(), state, (kept, other) -> kept.code() != null ? kept : other);
            }
            return List.copyOf(byCounter.values());
        });
    }

    /** The counter whose display an event may change, or null. */
    static Integer counterOf(FloorEventBody body) {
        if (body instanceof CounterStateChanged changed) {
            return changed.counter();
        }
        if (body instanceof TicketTransferred moved) {
            return moved.fromCounter();
        }
        boolean atCounter = body instanceof TicketCalled || body instanceof TicketRecalled || body instanceof TicketDone
                || body instanceof TicketNoShow || body instanceof TicketCancelled;
        return atCounter ? body.ticketRef().counter() : null;
    }
}
