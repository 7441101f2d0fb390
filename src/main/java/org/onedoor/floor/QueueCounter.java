package org.onedoor.floor;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;
import org.onedoor.floor.FloorEventBody.QueueChanged;

/**
 * Counts a center's queue afresh for {@link QueueRecounts}, in the caller's transaction: what
 * changes seldom (the layout, today's service times) is read first, then {@code lock} takes the
 * center's event row, and the waiting tickets are counted under it, so no action commits between
 * the count and the event's number. Implemented by the ticket feature, which owns the queue.
 */
public interface QueueCounter {

    Uni<QueueChanged> countUnderLock(String centerCode, Supplier<Uni<Void>> lock);
}
