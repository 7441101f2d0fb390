package org.onedoor.counter;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.onedoor.catalog.FieldRepository;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.LayoutChanged;
import org.onedoor.security.StaffAccess;

/**
 * Takes a counter off the floor: a desk removed, or a counter made by mistake that would
 * otherwise stand "closed" on every hall screen for good. Its row stays, for the tickets served
 * at it and the reports that name its number; saving a counter of that number again brings it
 * back (CounterService.put).
 */
@ApplicationScoped
public class RetiredCounters {

    @Inject
    CenterRepository centers;

    @Inject
    CounterRepository counters;

    @Inject
    FieldRepository fields;

    @Inject
    CounterService service;

    @Inject
    EventJournal journal;

    @Inject
    StaffAccess access;

    @Inject
    Clock clock;

    /**
     * Refused (409) while the counter is open or paused (an officer works there, and a citizen may
     * be on their way to it), while a counter screen stands at it (it would show a counter that is
     * not there), and while it is the last counter of a field people wait in. Under the layout's
     * lock, as every change of the counters is.
     */
    public Uni<Void> retire(String centerCode, int number) {
        return journal.transaction(tx -> centers.require(centerCode).call(access::actorIn).chain(center -> counters.lockLayout(center.id)
                .chain(() -> counters.lockByNumber(center.id, number))
                .onItem().ifNull().failWith(() -> CounterRepository.notFound(number))
                .call(counter -> {
                    if (counter.state != CounterState.CLOSED) {
                        throw Problem.conflict(w -> w.counterOpenCannotRetire(number));
                    }
                    return counters.devicesAt(counter.id).invoke(screens -> {
                        if (!screens.isEmpty()) {
                            throw Problem.conflict(w -> w.counterHasScreens(number, String.join(", ", screens)));
                        }
                    });
                })
                .call(counter -> fields.ofCenter(center.id).chain(all -> counters.fieldsByCounter(center.id)
                        .call(byCounter -> service.leavesNoFieldUnserved(center, counter, byCounter, List.of(), all, number))))
                .chain(counter -> {
                    counter.retiredAt = clock.instant();
                    // its board is free for another counter; brought back, it is given one again
                    counter.displayAddress = null;
                    return counters.replaceFields(counter, List.of()).chain(counters::flush)
                            .chain(() -> tx.record(center, new LayoutChanged()));
                })));
    }
}
