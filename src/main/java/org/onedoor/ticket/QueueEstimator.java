package org.onedoor.ticket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Positions and estimated waits. Pure arithmetic, no database.
 *
 * <p>A waiting ticket queues in a lane: its field, or the one counter it was transferred to.
 * Estimated wait = tickets ahead in the lane × the field's service minutes (learned from today's
 * completed tickets, the configured default until there are some) ÷ open counters serving it.
 * Before any counter opens, every counter that serves the field is counted, so a morning
 * estimate is not infinite; a field no counter serves counts as one.
 */
public final class QueueEstimator {

    /** A waiting ticket's place: position 1 is next. */
    public record Place(int position, int ahead, int estimatedWaitMinutes) {
    }

    /** Per-field inputs: service minutes per ticket, and counters open or configured for it. */
    public record FieldLoad(double serviceMinutes, int openCounters, int configuredCounters) {

        double minutesPerTicket() {
            int counters = openCounters > 0 ? openCounters : Math.max(1, configuredCounters);
            return serviceMinutes / counters;
        }
    }

    /** The queue order within a lane: priority first under STRICT, then arrival, then number. */
    static Comparator<Ticket> laneOrder(boolean priorityFirst) {
        return Comparator.comparing((Ticket t) -> priorityFirst && t.priorityGroupId != null ? 0 : 1)
                .thenComparing(t -> t.issuedAt).thenComparingInt(t -> t.number);
    }

    private final Map<Long, FieldLoad> loads;
    private final Map<UUID, Place> places = new HashMap<>();
    private final Map<Long, Integer> waitingPerField = new HashMap<>();

    /**
     * @param loads         per field id
     * @param waiting       today's WAITING tickets of the center, or an empty list when only
     *                      single places (from {@link #place}) are wanted
     * @param priorityFirst the center's policy puts priority tickets first (STRICT)
     */
    public QueueEstimator(Map<Long, FieldLoad> loads, List<Ticket> waiting, boolean priorityFirst) {
        this.loads = loads;
        Map<String, List<Ticket>> lanes = new HashMap<>();
        for (Ticket t : waiting) {
            String lane = t.targetCounterId != null ? "counter:" + t.targetCounterId : "field:" + t.fieldId;
            lanes.computeIfAbsent(lane, k -> new ArrayList<>()).add(t);
            if (t.targetCounterId == null) {
                waitingPerField.merge(t.fieldId, 1, Integer::sum);
            }
        }
        lanes.values().forEach(tickets -> {
            tickets.sort(laneOrder(priorityFirst));
            for (int i = 0; i < tickets.size(); i++) {
                Ticket t = tickets.get(i);
                places.put(t.id, place(i, t.fieldId, t.targetCounterId != null));
            }
        });
    }

    /** The place of a waiting ticket of the list given at construction, or null. */
    public Place placeOf(UUID ticketId) {
        return places.get(ticketId);
    }

    /** The place of a ticket with {@code ahead} tickets before it in its lane. */
    public Place place(int ahead, long fieldId, boolean oneCounterLane) {
        return new Place(ahead + 1, ahead, minutes(ahead, fieldId, oneCounterLane));
    }

    /** The tickets waiting in the field's own lane. */
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

    private int minutes(int ahead, long fieldId, boolean oneCounterLane) {
        FieldLoad load = loads.get(fieldId);
        if (load == null || ahead == 0) {
            return 0;
        }
        double perTicket = oneCounterLane ? load.serviceMinutes() : load.minutesPerTicket();
        return (int) Math.round(ahead * perTicket);
    }
}
