import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the server's own log says about the run: why it closed floor sockets with 4000 "resync"
 * (the generator only sees the close) and which errors it logged, grouped by message.
 */
final class ServerLog {

    private ServerLog() {
    }

    /** "resync: client too slow" → n, "ERROR …message…" → n; empty when there is no log. */
    static Map<String, Long> summary(String file) {
        Map<String, Long> resyncs = new TreeMap<>();
        Map<String, Long> errors = new TreeMap<>();
        if (file == null || file.isEmpty() || !Files.exists(Path.of(file))) {
            return Map.of();
        }
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            lines.forEach(line -> {
                int r = line.indexOf(" resynced: ");
                if (r >= 0) {
                    // "missing event 1234" → "missing event": the number says nothing in a summary
                    String why = line.substring(r + " resynced: ".length()).replaceAll("\\s*\\d+$", "").trim();
                    resyncs.merge("server closed a floor socket for resync: " + why, 1L, Long::sum);
                }
                int e = line.indexOf(" ERROR [");
                if (e >= 0) {
                    String message = line.substring(line.indexOf(' ', line.indexOf(']', e) + 1) + 1)
                            .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>").replaceAll("\\d+", "N");
                    errors.merge("server ERROR: " + (message.length() > 160 ? message.substring(0, 160) + "…" : message),
                            1L, Long::sum);
                }
            });
        } catch (IOException | RuntimeException ex) {
            return Map.of("server log unreadable: " + ex.getMessage(), 0L);
        }
        Map<String, Long> all = new LinkedHashMap<>(resyncs);
        all.putAll(errors);
        return all;
    }
}
