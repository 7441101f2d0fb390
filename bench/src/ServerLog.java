import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the server's own log says about the run: why it closed floor sockets with 4000 "resync"
 * (the generator only sees the close), how many floor events it held over 100 ms for an earlier
 * one that came late (the first line of a burst, and the count its summary line gives), and which
 * errors it logged, grouped by message.
 */
final class ServerLog {

    private static final String HELD = "server held floor events over 100 ms for an earlier one (screens late)";
    private static final Pattern HELD_MORE = Pattern.compile("(\\d+) more floor events held for an earlier one ");

    private ServerLog() {
    }

    /** "resync: client too slow" → n, "ERROR …message…" → n; empty when there is no log. */
    static Map<String, Long> summary(String file) {
        Map<String, Long> floor = new TreeMap<>();
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
                    floor.merge("server closed a floor socket for resync: " + why, 1L, Long::sum);
                }
                if (line.contains(" held ") && line.contains(" ms for an earlier one, which ")) {
                    floor.merge(HELD, 1L, Long::sum);
                }
                Matcher more = HELD_MORE.matcher(line);
                if (more.find()) {
                    floor.merge(HELD, Long.parseLong(more.group(1)), Long::sum);
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
        Map<String, Long> all = new LinkedHashMap<>(floor);
        all.putAll(errors);
        return all;
    }
}
