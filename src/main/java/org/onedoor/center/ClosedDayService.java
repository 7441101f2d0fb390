package org.onedoor.center;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.onedoor.common.Problem;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.HoursChanged;
import org.onedoor.security.StaffAccess;

/**
 * A center's closed dates. A change is a {@code HoursChanged} event even when the opening period
 * a hall screen shows stays the same (a date weeks ahead): a kiosk reads its view again on it, and
 * the view's closed dates are what its own clock check goes by while the server cannot be reached.
 */
@ApplicationScoped
public class ClosedDayService {

    /** The longest holiday set at once: Tết is 7–9 days; more is a mistyped year or month. */
    static final int MOST_DAYS_AT_ONCE = 31;
    static final int REASON_LENGTH = 200;

    @Inject
    CenterRepository centers;

    @Inject
    ClosedDayRepository closedDays;

    @Inject
    StaffAccess access;

    @Inject
    EventJournal journal;

    @Inject
    Clock clock;

    /** The center's closed dates from today (its local date) on. */
    @WithSession
    public Uni<List<ClosedDayView>> upcoming(String code) {
        return centers.require(code).chain(center -> upcoming(center, today(center)));
    }

    /** Closes the center on every date of the request; nothing is added when one of them is refused. */
    public Uni<List<ClosedDayView>> close(String code, ClosingRequest request) {
        LocalDate from = request.from();
        if (from == null) {
            throw problem400(w -> w.dayNeeded());
        }
        LocalDate to = request.to() == null ? from : request.to();
        if (to.isBefore(from)) {
            throw problem400(w -> w.endsBeforeItStarts(from, to));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MOST_DAYS_AT_ONCE) {
            throw problem400(w -> w.tooManyDays(days, MOST_DAYS_AT_ONCE));
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (reason != null && reason.length() > REASON_LENGTH) {
            throw problem400(w -> w.reasonTooLong(REASON_LENGTH));
        }
        // the center's row locked: its copy of the dates is the truth until commit, and two managers
        // closing the same date at once get one 201 and one 409
        return journal.transaction(tx -> centers.requireLocked(code).call(access::actorIn).chain(center -> {
            LocalDate today = today(center);
            if (from.isBefore(today)) {
                throw problem400(w -> w.dayPast(from, today));
            }
            NavigableSet<LocalDate> closed = new TreeSet<>(center.closedDays());
            LocalDate taken = closed.subSet(from, true, to, true).stream().findFirst().orElse(null);
            if (taken != null) {
                return closedDays.on(center.id, taken)
                        .map(d -> {
                            String why = d == null ? null : d.reason;
                            throw Problem.conflict(ClosedDayProblems.class, w -> w.alreadyClosed(taken, why));
                        });
            }
            List<ClosedDay> added = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                ClosedDay d = new ClosedDay();
                d.centerId = center.id;
                d.day = day;
                d.reason = reason;
                added.add(d);
                closed.add(day);
            }
            return closedDays.persist(added).call(closedDays::flush)
                    .chain(() -> changed(tx, center, closed))
                    .chain(() -> upcoming(center, today));
        }));
    }

    /** Opens the center again on a closed date still to come. */
    public Uni<Void> reopen(String code, String dayText) {
        LocalDate day = parse(dayText);
        return journal.transaction(tx -> centers.requireLocked(code).call(access::actorIn).chain(center -> {
            if (day.isBefore(today(center))) {
                throw Problem.conflict(ClosedDayProblems.class, w -> w.pastKept(day));
            }
            return closedDays.remove(center.id, day).chain(removed -> {
                if (removed == 0) {
                    throw Problem.notFound(ClosedDayProblems.class, w -> w.notClosed(day));
                }
                NavigableSet<LocalDate> closed = new TreeSet<>(center.closedDays());
                closed.remove(day);
                return changed(tx, center, closed);
            });
        })).replaceWithVoid();
    }

    /** The center's row copy of the dates as the trigger wrote it, and the hours now for every screen. */
    private Uni<Void> changed(EventJournal.Recorder tx, Center center, NavigableSet<LocalDate> closed) {
        center.closedDays(closed);
        Instant now = clock.instant();
        return tx.record(center, new HoursChanged(OpeningHours.of(center, now))).replaceWithVoid();
    }

    private Uni<List<ClosedDayView>> upcoming(Center center, LocalDate today) {
        return closedDays.from(center.id, today).map(list -> list.stream().map(ClosedDayView::of).toList());
    }

    /** Closed dates are local calendar dates, as Center.isOpenAt reads them (not service days). */
    private LocalDate today(Center center) {
        return LocalDate.ofInstant(clock.instant(), center.zone());
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException notADate) {
            throw problem400(w -> w.notADate(text));
        }
    }

    private static Problem problem400(java.util.function.Function<ClosedDayProblems, String> words) {
        return Problem.badRequest(ClosedDayProblems.class, words);
    }
}
