package org.onedoor.ticket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Positions and estimated waits, from what waits now. Pure arithmetic, no database.
 *
 * <p>A waiting ticket queues in a lane: its field, or the one counter it was transferred to.
 * Estimated wait = tickets ahead in the lane × the field's service minutes (learned from today's
 * completed tickets, the configured default until there are some) ÷ open counters serving it.
 * Before any counter opens, every counter that serves the field is counted, so a morning
 * estimate is not infinite; a field no counter serves counts as one.
 */
public final class QueueEstimator {

    /** A waiting ticket's place. */
    public record Place(int position, int ahead, int estimatedWaitMinutes) {
    }

    /** Per-field inputs: service minutes per ticket, and counters open or configured for it. */
    public record FieldLoad(double serviceMinutes, int openCounters, int configuredCounters) {

        double minutesPerTicket() {
            int counters = openCounters > 0 ? openCounters : Math.max(1, configuredCounters);
            return serviceMinutes / counters;
        }
    }

    private final Map<UUID, Place> places = new HashMap<>();
    private final Map<Long, Integer> waitingPerField = new HashMap<>();
    private final Map<Long, FieldLoad> loads;

    /**
     * @param waiting       today's WAITING tickets of one center
     * @param loads         per field id
     * @param priorityFirst the center's policy puts priority tickets first (STRICT)
     */
    public QueueEstimator(List<Ticket> waiting, Map<Long, FieldLoad> loads, boolean priorityFirst) {
        this.loads = loads;
        Map<String, List<Ticket>> lanes = new HashMap<>();
        for (Ticket t : waiting) {
            String lane = t.targetCounterId != null ? "counter:" + t.targetCounterId : "field:" + t.fieldId;
            lanes.computeIfAbsent(lane, k -> new ArrayList<>()).add(t);
            if (t.targetCounterId == null) {
                waitingPerField.merge(t.fieldId, 1, Integer::sum);
            }
        }
        Comparator<Ticket> order = Comparator.comparing((Ticket t) -> priorityFirst && t.priorityGroupId != null ? 0 : 1)
                .thenComparing(t -> t.issuedAt).thenComparingInt(t -> t.number);
        lanes.forEach((lane, tickets) -> {
            tickets.sort(order);
            boolean oneCounter = lane.startsWith("counter:");
            for (int i = 0; i < tickets.size(); i++) {
                Ticket t = tickets.get(i);
                places.put(t.id, new Place(i + 1, i, minutes(i, t.fieldId, oneCounter)));
            }
        });
    }

    /** The place of a waiting ticket, or null if it does not wait. */
    public Place placeOf(UUID ticketId) {
        return places.get(ticketId);
    }

    public int waiting(long fieldId) {
        return waitingPerField.getOrDefault(fieldId, 0);
    }

    /** The service minutes per ticket used for a field. */
    public double serviceMinutes(long fieldId) {
        FieldLoad load = loads.get(fieldId);
        return load == null ? 0 : Math.round(load.serviceMinutes() * 10) / 10.0;
    }

    /** What a citizen taking a ticket of this field now would wait. */
    public int estimateForNewTicket(long fieldId) {
        return minutes(waiting(fieldId), fieldId, false);
    }

    private int minutes(int ahead, long fieldId, boolean oneCounter) {
        FieldLoad load = loads.get(fieldId);
        if (load == null || ahead == 0) {
            return 0;
        }
        double perTicket = oneCounter ? load.serviceMinutes() : load.minutesPerTicket();
        return (int) Math.ceil(ahead * perTicket - 1e-9);
    }
}
