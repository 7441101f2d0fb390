package org.onedoor.floor.live;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.center.OpeningHours;
import org.onedoor.common.SocketOpenings;
import org.onedoor.device.DeviceRepository;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;
import org.onedoor.floor.live.FloorSnapshot.PrinterNow;
import org.onedoor.ticket.OpenRating;
import org.onedoor.ticket.OpenRatings;
import org.onedoor.ticket.QueueService;
import org.onedoor.ticket.QueueView;

/** Builds snapshots and replays for the floor socket. */
@ApplicationScoped
public class SnapshotService {

    /** A client further behind than this gets a snapshot instead of a replay. */
    static final int MAX_REPLAY = 500;

    @Inject
    CenterRepository centers;

    @Inject
    QueueService queue;

    @Inject
    EventJournal journal;

    @Inject
    DeviceRepository devices;

    @Inject
    OpenRatings openRatings;

    @Inject
    Clock clock;

    @Inject
    SocketOpenings openings;

    /** Screens of a center that open together (after a restart, a power cut) share one read. */
    private final SharedReads<String, FloorSnapshot> sharedReads = new SharedReads<>(this::read);

    /** Screens of a center coming back together (another node died) mostly ask from the same seq. */
    private final SharedReads<Replay, List<FloorEvent>> sharedReplays =
            new SharedReads<>((key, closing) -> readReplay(key.center(), key.since(), closing));

    /** The floor of a center now: read after this call, and possibly shared with other screens. */
    public Uni<FloorSnapshot> snapshot(String centerCode) {
        return sharedReads.get(centerCode);
    }

    /**
     * Reads the floor in one REPEATABLE READ transaction, so the sequence number and the data
     * describe the same moment: no event is both in the snapshot and sent after it. Other screens
     * may join the read until it holds a connection; its snapshot of the data is taken by the
     * first query after that.
     */
    private Uni<FloorSnapshot> read(String centerCode, Runnable closing) {
        return openings.admitOpen(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").executeUpdate())
                .invoke(closing)
                .chain(() -> centers.require(centerCode))
                .chain(center -> queue.queue(center).chain(view -> journal.lastCalls(center, 10)
                        .chain(calls -> printers(center).chain(printers -> openRatings.of(center, view.serviceDay())
                                .map(ratings -> snapshot(center, view, calls, printers, ratings))))))));
    }

    private Uni<List<PrinterNow>> printers(Center center) {
        return devices.printersOf(center.id).map(bridges -> bridges.stream()
                .map(b -> new PrinterNow(String.valueOf(b.id), b.name, b.printerState.name())).toList());
    }

    private FloorSnapshot snapshot(Center center, QueueView view, List<FloorEvent> calls, List<PrinterNow> printers,
            List<OpenRating> ratings) {
        Instant now = clock.instant();
        // yesterday's last call is not news on this morning's screen
        Instant dayBegan = center.startOf(view.serviceDay());
        List<FloorEvent> today = calls.stream().filter(c -> !c.occurredAt().isBefore(dayBegan)).toList();
        return new FloorSnapshot(FloorSnapshot.TYPE, view.lastSeq(), now,
                center.zone().getRules().getOffset(now).getTotalSeconds(), center.code, center.name,
                center.notice, view.serviceDay(), center.startOf(view.serviceDay().plusDays(1)), OpeningHours.of(center, now), view.fields(),
                view.counters(), today, printers, ratings);
    }

    private record Replay(String center, long since) {
    }

    /** The events after {@code since}, or null when the client is too far behind for a replay. */
    public Uni<List<FloorEvent>> replay(String centerCode, long since) {
        return sharedReplays.get(new Replay(centerCode, since));
    }

    private Uni<List<FloorEvent>> readReplay(String centerCode, long since, Runnable closing) {
        return openings.admitOpen(() -> Panache.withSession(() -> centers.require(centerCode).chain(center -> {
            if (since > center.lastEventSeq || center.lastEventSeq - since > MAX_REPLAY) {
                return Uni.createFrom().nullItem();
            }
            closing.run(); // a screen subscribing after the query below may miss what it does not see: it reads again
            return journal.readAfter(center, since, MAX_REPLAY);
        })));
    }
}
