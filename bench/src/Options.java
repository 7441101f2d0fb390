import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command-line options, "--name value" or "--name=value". The user's options come through
 * bench/run unchanged; bench/run adds the internal ones (where the server is, its pids, what
 * pgbench measured). {@code --quick} sets smoke-run values first, so explicit options still win.
 */
final class Options {

    /** name → default, in the order --help lists them. */
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();
    private static final Map<String, String> HELP = new LinkedHashMap<>();

    static {
        option("centers", "20", "centers, each with 4 fields, 6 counters, a kiosk and a hall screen");
        option("workers", "", "closed-loop workers of the lifecycles phase (default: 2 a center, at most 32)");
        option("saturate-seconds", "30", "lifecycles phase: measured time");
        option("day-seconds", "120", "day phase: length of the compressed day");
        // 120 s: the day's own paths (kiosk reads, long queues) then cross C2's thresholds before the peak, not in it
        option("warmup-day-seconds", "120", "day phase: a day first, not measured, on the same centers (the same "
                + "peak rate; what still waits at its end is cancelled), so the peak meets compiled code; 0: none");
        option("issue-rate", "200", "day phase: kiosk issues per second at the morning peak, all centers together");
        option("service-ms", "2000", "day phase: mean service time (lognormal)");
        option("service-sigma", "0.5", "day phase: sigma of the lognormal service time");
        option("poll-ms", "250", "day phase: an idle counter calls call-next again after this");
        option("kiosk-read-ms", "2000", "day phase: each kiosk re-reads its home view (GET …/kiosk) this often; 0: never");
        option("queue-read-ms", "5000", "day phase: one page per center polls GET …/queue this often; 0: never");
        option("sockets", "10000", "floor sockets open during the day: one hall socket a center, the rest idle");
        option("screens-per-center", "10", "sockets of a center (hall, counter screens, kiosks, staff pages); "
                + "idle sockets beyond the busy centers' go to quiet centers with this many each");
        option("warmup-seconds", "45", "lifecycles phase: warm-up before measuring, at least (the JIT compiles for minutes)");
        option("warmup-max-seconds", "300", "lifecycles phase: warm-up at most, if the JIT has not settled before");
        option("warmup-jit-cores", "0.1", "lifecycles phase: the JIT has settled once the server's compiler threads "
                + "used at most this many cores over 10 s");
        option("socket-opens", "32", "idle-socket handshakes in progress at once (hall screens never wait)");
        option("max-in-flight", "256", "kiosk requests in flight at once (more wait in the generator, on their clock)");
        option("timeout-ms", "10000", "a REST request's deadline, from its scheduled time");
        option("seed", "1", "random seed of arrivals, fields and service times");
        option("out", "bench/results.json", "where to write the results");
        // internal, given by bench/run
        option("base", "http://127.0.0.1:18080", null);
        option("admin-password", "", null);
        option("server-pid", "0", null);
        option("postgres-pid", "0", null);
        option("clock-ticks", "100", null);
        option("pgbench-tps", "0", null);
        option("pgbench-latency-ms", "0", null);
        option("pgbench-clients", "16", null);
        option("pgbench1-tps", "0", null);
        option("pgbench1-latency-ms", "0", null);
        option("pgbench-seconds", "15", null);
        option("postgres-version", "", null);
        option("server-java-opts", "", null);
        option("server-log", "", null);
        option("server-build", "", null);
    }

    private static void option(String name, String value, String help) {
        DEFAULTS.put(name, value);
        if (help != null) {
            HELP.put(name, help);
        }
    }

    final Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    boolean quick;

    static Options parse(String[] args) {
        Options o = new Options();
        for (String a : args) {
            if (a.equals("--quick")) {
                o.quick = true;
                o.values.putAll(Map.of("centers", "2", "warmup-seconds", "5", "warmup-max-seconds", "5", "saturate-seconds", "5",
                        "day-seconds", "5", "warmup-day-seconds", "5", "sockets", "200"));
            }
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--quick")) {
                continue;
            }
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println(help());
                System.exit(0);
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + a + "\n" + help());
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "\n" + help());
            }
            o.values.put(name, value);
        }
        if (o.values.get("workers").isEmpty()) {
            o.values.put("workers", String.valueOf(Math.min(32, 2 * o.integer("centers"))));
        }
        return o;
    }

    /** bench/run --help: the options alone, without compiling the generator (which needs the server's build). */
    public static void main(String[] args) {
        System.out.println(help());
    }

    static String help() {
        StringBuilder b = new StringBuilder("Options (bench/run passes them on):\n");
        b.append(String.format("  %-20s %s%n", "--quick", "smoke run: 2 centers, 5 s phases (a 5 s warm-up day), 200 sockets"));
        HELP.forEach((name, text) -> b.append(String.format("  %-20s %s%s%n", "--" + name + (name.equals("out") ? " FILE" : " N"),
                text, DEFAULTS.get(name).isEmpty() ? "" : " (default " + DEFAULTS.get(name) + ")")));
        return b.toString();
    }

    String text(String name) {
        return values.get(name);
    }

    int integer(String name) {
        return Integer.parseInt(values.get(name));
    }

    long longValue(String name) {
        return Long.parseLong(values.get(name));
    }

    double number(String name) {
        return Double.parseDouble(values.get(name));
    }

    /** The user-facing parameters, for the results file (numbers as numbers). */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        HELP.keySet().forEach(k -> {
            String v = values.get(k);
            p.put(k, v.matches("-?\\d+") ? (Object) Long.valueOf(v) : v.matches("-?\\d*\\.\\d+") ? (Object) Double.valueOf(v) : v);
        });
        p.put("quick", quick);
        p.put("server-java-opts", values.get("server-java-opts"));
        p.put("server-build", values.get("server-build"));
        return p;
    }
}
