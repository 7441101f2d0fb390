package org.onedoor.kiosk;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.onedoor.catalog.Field;
import org.onedoor.catalog.FieldRepository;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.device.Device;
import org.onedoor.device.DeviceRepository;
import org.onedoor.floor.EventJournal;
import org.onedoor.ticket.IssueRequest;
import org.onedoor.ticket.TicketIssuer;
import org.onedoor.ticket.TicketRepository;

/**
 * Numbers a kiosk holds for the day so it can keep issuing while the server is out of reach, and
 * the tickets it issued from them, handed back when the server returns. Each field's block comes
 * from the top of its day (990-999, then 980-989…), so offline numbers never meet online ones; a
 * number never handed back is a gap in the day, the price of never printing a duplicate. Blocks
 * lie above a field's daily cap: tickets issued offline may pass the cap by what a kiosk leased.
 */
@ApplicationScoped
public class KioskLeases {

    /** Numbers per field per block: a kiosk issues a few a minute, and outages last minutes. */
    static final int BLOCK = 10;
    /**
     * Blocks a kiosk may take of one field in a day: 100 numbers, a busy kiosk's whole day offline.
     * Each block used up brings a new one, so without a bound a fault could take the field's day.
     */
    static final int BLOCKS_PER_DAY = 10;
    private static final Logger LOG = Logger.getLogger(KioskLeases.class);

    /** Leased numbers stay within three digits, what a ticket and a four-digit display show best. */
    static final int TOP = 999;

    /** What became of one handed-back ticket: RECORDED, ALREADY (handed back before) or REFUSED. */
    public record HandedBack(String field, int number, String code, String outcome, String ticketId, String reason) {
    }

    @Inject
    DeviceRepository devices;

    @Inject
    CenterRepository centers;

    @Inject
    FieldRepository fields;

    @Inject
    TicketRepository tickets;

    @Inject
    TicketIssuer issuer;

    @Inject
    EventJournal journal;

    @Inject
    Clock clock;

    /**
     * The kiosk's free numbers for today in every active field, a new block for a field with none
     * left. {@code held}: the day of the lease the kiosk says it holds, null when it does not say
     * (an older kiosk page). Any other day than today means it lost its record of today's blocks
     * (its browser's storage emptied, or restored from an older day): it may have given their
     * numbers already, so they are retired and new blocks leased; offered again, the same number
     * would go to a second citizen.
     */
    @WithTransaction
    public Uni<LeaseView> lease(long kioskId, String held) {
        return devices.findById(kioskId).chain(kiosk -> centers.findById(kiosk.centerId).chain(center -> {
            LocalDate day = center.serviceDay(clock.instant());
            boolean forgotten = held != null && !held.equals(day.toString());
            return fields.ofCenter(center.id).chain(all -> leasesOf(kiosk, day).chain(leases -> {
                if (forgotten) {
                    leases.stream().filter(l -> l.retiredAt == null).forEach(l -> l.retiredAt = clock.instant());
                }
                List<Field> active = all.stream().filter(f -> f.active).toList();
                return freeNumbers(center, day, active, leases).call(free -> topUp(kiosk, day, active, leases, free))
                        .map(free -> new LeaseView(day, active.stream()
                                .map(f -> new LeaseView.FieldNumbers(f.code, free.getOrDefault(f.id, List.of()))).toList()));
            }));
        }));
    }

    /**
     * Records the tickets in arrival order; one that does not fit the kiosk's lease is refused, not the batch.
     * One hand-back of a kiosk at a time (its device row locked): a kiosk that gave up waiting on a slow
     * one sends the same tickets again, and they must find the first's tickets, not race them to the
     * unique code and fail the whole batch (the kiosk would then drop new tickets sent with them).
     */
    public Uni<List<HandedBack>> handBack(long kioskId, List<OfflineTicket> offline) {
        List<OfflineTicket> inOrder = offline.stream().sorted(Comparator.comparing(OfflineTicket::issuedAt)).toList();
        return journal.transaction(tx -> devices.findById(kioskId, LockModeType.PESSIMISTIC_WRITE).chain(kiosk -> centers.findById(kiosk.centerId)
                .chain(center -> fields.ofCenter(center.id).chain(all -> Panache.getSession().chain(s -> s
                        // today's and yesterday's: a kiosk hands back as soon as it reaches the server
                        .createSelectionQuery("from KioskLease where deviceId = :kiosk and serviceDay >= :since", KioskLease.class)
                        .setParameter("kiosk", kiosk.id).setParameter("since", center.serviceDay(clock.instant()).minusDays(1))
                        .getResultList())
                        .chain(leases -> {
                            List<HandedBack> outcomes = new ArrayList<>();
                            Uni<Void> steps = Uni.createFrom().voidItem();
                            for (OfflineTicket t : inOrder) {
                                steps = steps.chain(() -> handBackOne(tx, center, all, leases, t).invoke(outcomes::add)).replaceWithVoid();
                            }
                            return steps.replaceWith(outcomes);
                        })))));
    }

    private Uni<HandedBack> handBackOne(EventJournal.Recorder tx, Center center, List<Field> all, List<KioskLease> leases,
            OfflineTicket t) {
        Field field = all.stream().filter(f -> f.code.equals(t.field())).findFirst().orElse(null);
        // the kiosk's clock, but within the leases' two days (never after now): one far off, or Instant.MIN, is read as their edge
        Instant now = clock.instant();
        Instant earliest = now.minus(Duration.ofDays(2));
        Instant claimed = t.issuedAt().isAfter(now) ? now : t.issuedAt().isBefore(earliest) ? earliest : t.issuedAt();
        LocalDate issuedOn = center.serviceDay(claimed);
        // yesterday's block and today's both hold 990 (each day starts again from the top):
        // the block of the day the kiosk issued it, else the newest
        KioskLease lease = field == null ? null : leases.stream()
                .filter(l -> l.fieldId.equals(field.id) && l.holds(t.number()))
                .min(Comparator.comparing((KioskLease l) -> !l.serviceDay.equals(issuedOn))
                        .thenComparing(l -> l.createdAt, Comparator.reverseOrder()))
                .orElse(null);
        if (lease == null) {
            return Uni.createFrom().item(new HandedBack(t.field(), t.number(), null, "REFUSED", null,
                    "Number " + t.number() + " of field " + t.field() + " is not leased to this kiosk."));
        }
        // the code the kiosk gave, made as the field numbered when leased (a prefix may have changed since)
        String code = lease.code(t.number());
        // and never before the lease: the queue order is arrival
        Instant issuedAt = claimed.isBefore(lease.createdAt) ? lease.createdAt : claimed;
        // looked for on the day it will be recorded on (TicketIssuer.handBackWithin), not the lease's
        return tickets.existingCodes(center.id, center.serviceDay(issuedAt), List.of(code)).chain(existing -> {
            if (!existing.isEmpty()) {
                return Uni.createFrom().item(new HandedBack(t.field(), t.number(), code, "ALREADY", null, null));
            }
            IssueRequest request = new IssueRequest(field.code, null, t.priority(), t.language(), null, null,
                    t.requestId());
            IssueRequest withoutPriority = new IssueRequest(field.code, null, null, t.language(), null, null,
                    t.requestId());
            // a priority group retired meanwhile must not cost the citizen the ticket
            return issuer.handBackWithin(tx, center, field, t.number(), code, issuedAt, request)
                    .onFailure(Problem.class).recoverWithUni(() -> issuer.handBackWithin(tx, center, field, t.number(), code,
                            issuedAt, withoutPriority))
                    .map(issued -> new HandedBack(t.field(), t.number(), code, "RECORDED", issued.ticket().id.toString(), null));
        });
    }

    private static Uni<List<KioskLease>> leasesOf(Device kiosk, LocalDate day) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "from KioskLease where deviceId = :kiosk and serviceDay = :day order by firstNumber desc", KioskLease.class)
                .setParameter("kiosk", kiosk.id).setParameter("day", day).getResultList());
    }

    /** Per field id, the leased numbers not issued yet, highest block first, each block upwards. */
    private Uni<Map<Long, List<LeaseView.Number>>> freeNumbers(Center center, LocalDate day, List<Field> active,
            List<KioskLease> leases) {
        Map<Long, Field> byId = new HashMap<>();
        active.forEach(f -> byId.put(f.id, f));
        List<Map.Entry<Long, LeaseView.Number>> leased = new ArrayList<>();
        for (KioskLease l : leases) {
            Field f = l.retiredAt == null ? byId.get(l.fieldId) : null;
            for (int n = l.firstNumber; f != null && n <= l.lastNumber; n++) {
                leased.add(Map.entry(f.id, new LeaseView.Number(n, l.code(n))));
            }
        }
        return tickets.existingCodes(center.id, day, leased.stream().map(e -> e.getValue().code()).toList()).map(used -> {
            Map<Long, List<LeaseView.Number>> free = new HashMap<>();
            leased.stream().filter(e -> !used.contains(e.getValue().code()))
                    .forEach(e -> free.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
            return free;
        });
    }

    /** A new block for each active field the kiosk has no free number of, added to {@code free}: all its numbers are. */
    private Uni<Void> topUp(Device kiosk, LocalDate day, List<Field> active, List<KioskLease> leases,
            Map<Long, List<LeaseView.Number>> free) {
        Uni<Void> steps = Uni.createFrom().voidItem();
        for (Field f : active) {
            if (free.containsKey(f.id)) {
                continue;
            }
            if (leases.stream().filter(l -> l.fieldId.equals(f.id)).count() >= BLOCKS_PER_DAY) {
                // a touch screen stuck during an outage, or a stolen token, would take block after block
                LOG.warnf("Kiosk %d has used %d blocks of field %s today: no more until tomorrow", kiosk.id,
                        BLOCKS_PER_DAY, f.code);
                continue;
            }
            // above the daily cap, not under it: a lease sits unused on most days, and leased numbers
            // are taken from online numbering, so under a cap of 20 two kiosks' blocks left none
            int top = Math.min(TOP, f.numberLimit());
            steps = steps.chain(() -> tickets.leaseBlock(f.id, day, top, BLOCK).chain(first -> {
                if (first == null || first < 1) {
                    return Uni.createFrom().voidItem(); // the day is nearly full: no room for a block
                }
                KioskLease lease = new KioskLease();
                lease.deviceId = kiosk.id;
                lease.fieldId = f.id;
                lease.serviceDay = day;
                lease.firstNumber = first;
                lease.lastNumber = first + BLOCK - 1;
                lease.createdAt = clock.instant();
                lease.prefix = f.prefix;
                lease.numberBlock = f.numberBlock;
                List<LeaseView.Number> numbers = new ArrayList<>();
                for (int n = lease.firstNumber; n <= lease.lastNumber; n++) {
                    numbers.add(new LeaseView.Number(n, lease.code(n)));
                }
                free.put(f.id, numbers);
                return Panache.getSession().chain(s -> s.persist(lease));
            }));
        }
        return steps;
    }
}
