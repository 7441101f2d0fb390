package org.onedoor.counter;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.CounterStateChanged;
import org.onedoor.security.WorkLeftBehind;
import org.onedoor.ticket.TicketRepository.CounterAtWork;

/**
 * Closes the counters of an officer whose account was switched off. Their sessions end at once,
 * but a counter they left open went on counting among the open counters of its fields (the kiosk
 * said "no wait") and the hall showed it serving, with nobody allowed to sit at it. A counter
 * with a citizen still at it is paused instead, with the citizen at it: a colleague or the manager
 * opens it, which takes it over with that citizen, and finishes the service.
 */
@ApplicationScoped
public class DepartedOfficers implements WorkLeftBehind {

    /** A counter the officer held: closed now, or still open for the citizen at it ({@code ticket}). */
    public record CounterLeft(String center, int counter, String ticket) {
    }

    /** What became of the officer's counters. */
    public record CountersLeft(List<CounterLeft> closed, List<CounterLeft> stillServing) {
    }

    @Inject
    CounterRepository counters;

    @Inject
    CenterRepository centers;

    @Inject
    CounterService service;

    @Inject
    EventJournal journal;

    @Inject
    Clock clock;

    @Override
    public Uni<CountersLeft> putAway(String username) {
        return closeCountersOf(username);
    }

    /** Closes the idle counters {@code officer} holds in every center, each center in its own transaction. */
    public Uni<CountersLeft> closeCountersOf(String officer) {
        CountersLeft left = new CountersLeft(new ArrayList<>(), new ArrayList<>());
        return Panache.withSession(() -> counters.centersHeldIn(officer))
                .onItem().transformToUni(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> closeIn(id, officer, left))
                        .collect().last())
                .replaceWith(left);
    }

    /**
     * Under the officer's seat lock, as their own openings take it (so a counter they open at
     * this moment is either seen here or opened after their account is off, and refused), and
     * each counter locked and read again.
     */
    private Uni<Void> closeIn(long centerId, String officer, CountersLeft left) {
        return journal.transaction(tx -> centers.findById(centerId).chain(center -> counters.lockOfficer(centerId, officer)
                .chain(() -> counters.heldBy(centerId, officer, 0))
                .chain(numbers -> numbers.isEmpty() ? Uni.createFrom().item(List.<CounterStateChanged>of())
                        : service.lockedInOrder(center, numbers.get(0), numbers)
                                .chain(locked -> close(center, officer, List.copyOf(locked.values()), left)))
                .chain(changes -> service.announce(tx, center, changes))));
    }

    private Uni<List<CounterStateChanged>> close(Center center, String officer, List<CounterAtWork> held, CountersLeft left) {
        Instant now = clock.instant();
        Uni<List<CounterStateChanged>> changes = Uni.createFrom().item(new ArrayList<>());
        for (CounterAtWork at : held) {
            Counter counter = at.counter();
            if (!officer.equals(counter.officer) || counter.state == CounterState.CLOSED) {
                continue; // taken over or closed between the look and the lock
            }
            if (at.busyCode() != null) {
                left.stillServing().add(new CounterLeft(center.code, counter.number, at.busyCode()));
                if (counter.state == CounterState.OPEN) {
                    // paused: nobody calls there, so the kiosk and hall must not count it among the open counters
                    changes = changes.call(list -> Uni.createFrom().item(service.pauseHeld(counter, now)).invoke(list::add));
                }
                continue;
            }
            left.closed().add(new CounterLeft(center.code, counter.number, null));
            changes = changes.call(list -> service.closeNobodyAt(center, counter, now).invoke(list::add));
        }
        return changes;
    }
}
