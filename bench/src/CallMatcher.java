import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Pairs each call-next answer with the TicketCalled frame of the same ticket on the center's hall
 * socket. Both moments are System.nanoTime() in this process, so no clocks are compared.
 * call→screen = frame arrival − answer arrival; when the frame comes first (the server publishes
 * right after the commit, possibly before the HTTP answer is written) it is counted as 0 and
 * tallied separately.
 */
final class CallMatcher {

    /** A frame (at = its arrival) or an answer (at = its arrival, sent = when call-next was sent). */
    private record Seen(boolean frame, long at, long sent) {
    }

    final LatencyRecorder callToScreen = new LatencyRecorder();
    /** From the officer's press (call-next sent) to the frame: never negative, so never clamped. */
    final LatencyRecorder pressToScreen = new LatencyRecorder();
    final LongAdder frameFirst = new LongAdder();
    final LongAdder viaSnapshot = new LongAdder();
    private final ConcurrentHashMap<String, Seen> pending = new ConcurrentHashMap<>();
    /**
     * Tickets called in the warm-up day: their frames may still arrive (late, or replayed to a
     * hall screen that reconnects with since=) once the measured day has begun, and would count
     * as frames without an answer.
     */
    private final Set<String> excluded = ConcurrentHashMap.newKeySet();
    private volatile boolean enabled;

    /** Only the day phase is measured; frames of other phases are ignored (nothing to pair them with). */
    void enable(boolean on) {
        enabled = on;
    }

    /** A call not measured (the warm-up day's): its frames are ignored whenever they come. */
    void exclude(String ticketId) {
        excluded.add(ticketId);
    }

    void answered(String ticketId, long sent, long at) {
        if (enabled) {
            pending.compute(ticketId, (id, seen) -> {
                if (seen == null) {
                    return new Seen(false, at, sent);
                }
                if (seen.frame()) {
                    frameFirst.increment();
                    callToScreen.record(0);
                    pressToScreen.record(seen.at() - sent);
                    return null;
                }
                return seen;
            });
        }
    }

    void shown(String ticketId, long at) {
        if (enabled && !excluded.contains(ticketId)) {
            pending.compute(ticketId, (id, seen) -> {
                if (seen == null) {
                    return new Seen(true, at, 0);
                }
                if (!seen.frame()) {
                    callToScreen.record(at - seen.at());
                    pressToScreen.record(at - seen.sent());
                    return null;
                }
                return seen;
            });
        }
    }

    /**
     * A snapshot (a hall screen that reconnected too far behind for a replay) lists the last
     * calls: a call waiting for its frame is on the screen from then on. Ids not awaited are
     * ignored, so old calls in the list are not counted as frames without an answer.
     */
    void shownInSnapshot(String ticketId, long at) {
        if (enabled) {
            pending.computeIfPresent(ticketId, (id, seen) -> {
                if (seen.frame()) {
                    return seen;
                }
                callToScreen.record(at - seen.at());
                pressToScreen.record(at - seen.sent());
                viaSnapshot.increment();
                return null;
            });
        }
    }

    /** Answers never followed by a frame: calls the hall screen never showed. */
    long answeredNotShown() {
        return pending.values().stream().filter(s -> !s.frame()).count();
    }

    /** Frames whose answer never arrived (a call-next that timed out here but committed). */
    long shownNotAnswered() {
        return pending.values().stream().filter(Seen::frame).count();
    }
}
