import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Errors by kind, keyed "phase · what · kind" (e.g. "day · issue · HTTP 503"), so the report can
 * show them per phase and per action. Counting never throws and never blocks a request.
 */
final class ErrorCounts {

    private final ConcurrentSkipListMap<String, LongAdder> counts = new ConcurrentSkipListMap<>();
    /** The phase errors are filed under; set by the main program as it moves on. */
    private volatile String phase = "set-up";

    void phase(String name) {
        phase = name;
    }

    String phase() {
        return phase;
    }

    void add(String what, String kind) {
        counts.computeIfAbsent(phase + " · " + what + " · " + kind, k -> new LongAdder()).increment();
    }

    /** Errors of one action in one phase, all kinds together. */
    long count(String phase, String what) {
        String prefix = phase + " · " + what + " · ";
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    /** Errors of one phase, all actions and kinds together. */
    long count(String phase) {
        String prefix = phase + " · ";
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    Map<String, Long> all() {
        Map<String, Long> copy = new LinkedHashMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }
}
