import java.util.LinkedHashMap;
import java.util.Map;

/** One latency recorder per action of a phase, in the order the report lists them. */
final class Actions {

    static final String ISSUE = "issue";
    static final String CALL_NEXT = "call-next";
    static final String START = "start";
    static final String COMPLETE = "complete";
    static final String KIOSK_READ = "kiosk home read";
    static final String QUEUE_READ = "queue read";

    final String phase;
    private final Map<String, LatencyRecorder> recorders = new LinkedHashMap<>();

    Actions(String phase, String... names) {
        this.phase = phase;
        for (String name : names) {
            recorders.put(name, new LatencyRecorder());
        }
    }

    LatencyRecorder get(String name) {
        return recorders.get(name);
    }

    Map<String, LatencyRecorder> all() {
        return recorders;
    }
}
