package org.onedoor.kiosk;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.onedoor.catalog.Field;
import org.onedoor.catalog.PriorityGroup;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.center.ClosedDayRepository;
import org.onedoor.floor.voice.VietnameseTimes;
import org.onedoor.ticket.FieldClosure;
import org.onedoor.ticket.FloorState;
import org.onedoor.ticket.QueueService;
import org.onedoor.ticket.TicketRepository;

/** What a kiosk shows: the center's hours and every field as a tile, takeable or not. */
@ApplicationScoped
public class KioskService {

    @Inject
    CenterRepository centers;

    @Inject
    QueueService queue;

    @Inject
    TicketRepository tickets;

    @Inject
    Clock clock;

    @Inject
    ClosedDayRepository closedDays;

    @WithSession
    public Uni<KioskView> view(String centerCode) {
        return centers.require(centerCode).chain(center -> queue.load(center, QueueService.Detail.ESTIMATES)
                .chain(floor -> queue.queueChanged(floor).chain(waiting -> tickets.issuedPerField(center.id, floor.day())
                        .chain(issued -> closedToday(center).map(reason -> view(center, floor, issued, waiting.body().fields(), reason))))));
    }

    /**
     * Why the center is closed today, when today is one of its closed dates ("" with no reason
     * given); else null. Read only then: on a holiday the kiosk says it is a day off and why, not
     * "outside working hours" to a citizen who came at ten in the morning.
     */
    private Uni<String> closedToday(Center center) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), center.zone());
        if (!center.closedDays().contains(today)) {
            return Uni.createFrom().nullItem();
        }
        return closedDays.on(center.id, today).map(d -> d == null ? null : d.reason == null ? "" : d.reason);
    }

    private KioskView view(Center center, FloorState floor, Map<Long, Integer> issued,
            List<org.onedoor.floor.FloorEventBody.FieldWaiting> waiting, String closedToday) {
        Instant now = clock.instant();
        boolean open = center.isOpenAt(now);
        List<KioskView.KioskField> fields = floor.fields().values().stream()
                .sorted(Comparator.comparingInt((Field f) -> f.displayOrder).thenComparing(f -> f.code))
                .map(f -> {
                    var w = waiting.stream().filter(x -> x.field().equals(f.code)).findFirst().orElseThrow();
                    return new KioskView.KioskField(f.code, f.names, f.colour, f.pictogram,
                            FieldClosure.of(f, floor, issued.getOrDefault(f.id, 0)), w.waiting(),
                            w.estimatedWaitMinutes(), w.openCounters(),
                            floor.pausedCounters(f.id), floor.countersToGoTo(f.id));
                }).toList();
        List<KioskView.KioskPriority> groups = floor.groups().values().stream().filter(g -> g.active)
                .sorted(Comparator.comparingInt((PriorityGroup g) -> g.displayOrder).thenComparing(g -> g.code))
                .map(g -> new KioskView.KioskPriority(g.code, g.names, g.icon)).toList();
        LocalDateTime reopens = open ? null : center.nextOpening(now);
        List<LocalDate> closedDates = List.copyOf(center.closedDays().tailSet(LocalDate.ofInstant(now, center.zone()), true));
        return new KioskView(center.code, center.name, open, center.opensAt, center.closesAt, center.openDays(), closedDates, closedToday,
                reopens, reopens == null ? null : VietnameseTimes.words(reopens, LocalDate.ofInstant(now, center.zone())), now,
                center.zone().getRules().getOffset(now).getTotalSeconds(), fields, groups);
    }
}
