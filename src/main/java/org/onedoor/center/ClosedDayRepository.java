package org.onedoor.center;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class ClosedDayRepository implements PanacheRepository<ClosedDay> {

    /** The center's closed dates from {@code from} on, in order. */
    public Uni<List<ClosedDay>> from(Long centerId, LocalDate from) {
        return list("centerId = ?1 and day >= ?2 order by day", centerId, from);
    }

    /** One closed date of the center, or null when the center is not closed on {@code day}. */
    public Uni<ClosedDay> on(Long centerId, LocalDate day) {
        return find("centerId = ?1 and day = ?2", centerId, day).firstResult();
    }

    /** Removes one closed date: how many rows went (0 or 1). */
    public Uni<Long> remove(Long centerId, LocalDate day) {
        return delete("centerId = ?1 and day = ?2", centerId, day);
    }
}
