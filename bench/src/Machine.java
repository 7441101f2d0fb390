import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the run ran on, from /proc: the figures only mean something next to it. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe(String postgresVersion) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", procLine("/proc/cpuinfo", "model name"));
        m.put("ramBytes", kib("/proc/meminfo", "MemTotal:"));
        m.put("kernel", read("/proc/sys/kernel/osrelease"));
        m.put("java", "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.vendor") + ")");
        m.put("postgresql", postgresVersion);
        m.put("openFilesLimit", openFilesLimit());
        return m;
    }

    /** The soft "Max open files" of this process (the server, started the same way, has the same). */
    static long openFilesLimit() {
        String line = procLine("/proc/self/limits", "Max open files");
        try {
            return Long.parseLong(line.trim().split("\\s+")[0]);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String procLine(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    String rest = line.substring(key.length());
                    return rest.replaceFirst("^\\s*:?\\s*", "").trim();
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "";
    }

    private static long kib(String file, String key) {
        try {
            return Long.parseLong(procLine(file, key).split("\\s+")[0]) * 1024;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (Exception e) {
            return "";
        }
    }
}
