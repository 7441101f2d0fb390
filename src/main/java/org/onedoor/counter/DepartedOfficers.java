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
import org.jboss.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(DepartedOfficers.class);

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

    /** Closes the idle counters {@code officer} holds in every center, each center in its own transaction. */
    @Override
    public Uni<CountersLeft> putAway(String officer) {
        CountersLeft left = new CountersLeft(new ArrayList<>(), new ArrayList<>());
        return Panache.withSession(() -> counters.centersHeldIn(officer))
                .onItem().transformToUni(ids -> Multi.createFrom().iterable(ids)
                        // the account is off already: one center's failure must not keep the others' counters open
                        .onItem().transformToUniAndConcatenate(id -> closeIn(id, officer)
                                .onFailure().invoke(e -> LOG.warnf("Counters of %s in center %d were not closed: %s", officer, id, e))
                                .onFailure().recoverWithNull())
                        // what committed only: a center rolled back closed nothing
                        .invoke(done -> {
                            left.closed().addAll(done.closed());
                            left.stillServing().addAll(done.stillServing());
                        })
                        .collect().last())
                .replaceWith(left);
    }

    /**
     * Under the officer's seat lock, and each counter locked and read again. A counter they open
     * at this moment is seen here, or refused: opening shares the account's row until commit, and
     * switching it off, before this, waited for that (AppUserRepository#requireOnUntilCommit).
     */
    private Uni<CountersLeft> closeIn(long centerId, String officer) {
        CountersLeft left = new CountersLeft(new ArrayList<>(), new ArrayList<>());
        return journal.transaction(tx -> centers.findById(centerId).chain(center -> counters.lockOfficer(centerId, officer)
                .chain(() -> counters.heldBy(centerId, officer, 0))
                .chain(numbers -> numbers.isEmpty() ? Uni.createFrom().item(List.<CounterStateChanged>of())
                        : service.lockedInOrder(center, numbers.get(0), numbers)
                                .chain(locked -> close(center, officer, List.copyOf(locked.values()), left)))
                .chain(changes -> service.announce(tx, center, changes))))
                .replaceWith(left);
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
