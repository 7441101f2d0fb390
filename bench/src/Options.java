import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command-line options, "--name value" or "--name=value", of bench/run ({@link #LOAD}) and
 * bench/storm ({@link #STORM}). The user's options come through the script unchanged; the script
 * adds the internal ones (where the server is, its pids, what pgbench measured). {@code --quick} sets smoke-run values first, so explicit options still win.
 */
final class Options {

    /** One command's options: name → default and help, in the order --help lists them. */
    static final class Spec {
        private final String command;
        private final Map<String, String> defaults = new LinkedHashMap<>();
        private final Map<String, String> help = new LinkedHashMap<>();
        private final Map<String, String> quick = new LinkedHashMap<>();
        private String quickHelp;

        Spec(String command) {
            this.command = command;
        }

        /** A user-facing option ({@code help} given) or an internal one the script adds (null). */
        Spec option(String name, String value, String text) {
            defaults.put(name, value);
            if (text != null) {
                help.put(name, text);
            }
            return this;
        }

        Spec quick(String text, Map<String, String> values) {
            quickHelp = text;
            quick.putAll(values);
            return this;
        }

        String help() {
            StringBuilder b = new StringBuilder("Options (" + command + " passes them on):\n");
            if (quickHelp != null) {
                b.append(String.format("  %-20s %s%n", "--quick", quickHelp));
            }
            help.forEach((name, text) -> b.append(String.format("  %-20s %s%s%n", "--" + name + (name.equals("out") ? " FILE" : " N"),
                    text, defaults.get(name).isEmpty() ? "" : " (default " + defaults.get(name) + ")")));
            return b.toString();
        }
    }

    /** The options of a load run (bench/run, {@link LoadBench}). */
    static final Spec LOAD = new Spec("bench/run")
            .option("centers", "20", "centers, each with 4 fields, 6 counters, a kiosk and a hall screen")
            .option("workers", "", "closed-loop workers of the lifecycles phase (default: 2 a center, at most 32)")
            .option("saturate-seconds", "30", "lifecycles phase: measured time")
            .option("day-seconds", "120", "day phase: length of the compressed day")
            // 120 s: the day's own paths (kiosk reads, long queues) then cross C2's thresholds before the peak, not in it
            .option("warmup-day-seconds", "120", "day phase: a day first, not measured, on the same centers (the same "
                    + "peak rate; what still waits at its end is cancelled), so the peak meets compiled code; 0: none")
            .option("issue-rate", "200", "day phase: kiosk issues per second at the morning peak, all centers together")
            .option("service-ms", "2000", "day phase: mean service time (lognormal)")
            .option("service-sigma", "0.5", "day phase: sigma of the lognormal service time")
            .option("poll-ms", "250", "day phase: an idle counter calls call-next again after this")
            .option("kiosk-read-ms", "2000", "day phase: each kiosk re-reads its home view (GET …/kiosk) this often; 0: never")
            .option("queue-read-ms", "5000", "day phase: one page per center polls GET …/queue this often; 0: never")
            .option("sockets", "10000", "floor sockets open during the day: one hall socket a center, the rest idle")
            .option("screens-per-center", "10", "sockets of a center (hall, counter screens, kiosks, staff pages); "
                    + "idle sockets beyond the busy centers' go to quiet centers with this many each")
            .option("warmup-seconds", "45", "lifecycles phase: warm-up before measuring, at least (the JIT compiles for minutes)")
            .option("warmup-max-seconds", "300", "lifecycles phase: warm-up at most, if the JIT has not settled before")
            .option("warmup-jit-cores", "0.1", "lifecycles phase: the JIT has settled once the server's compiler threads "
                    + "used at most this many cores over 10 s")
            .option("socket-opens", "32", "idle-socket handshakes in progress at once (hall screens never wait)")
            .option("max-in-flight", "256", "kiosk requests in flight at once (more wait in the generator, on their clock)")
            .option("timeout-ms", "10000", "a REST request's deadline, from its scheduled time")
            .option("seed", "1", "random seed of arrivals, fields and service times")
            .option("out", "bench/results.json", "where to write the results")
            .quick("smoke run: 2 centers, 5 s phases (a 5 s warm-up day), 200 sockets", Map.of("centers", "2", "warmup-seconds", "5",
                    "warmup-max-seconds", "5", "saturate-seconds", "5", "day-seconds", "5", "warmup-day-seconds", "5", "sockets", "200"))
            // internal, given by bench/run
            .option("base", "http://127.0.0.1:18080", null)
            .option("admin-password", "", null)
            .option("server-pid", "0", null)
            .option("postgres-pid", "0", null)
            .option("clock-ticks", "100", null)
            .option("pgbench-tps", "0", null)
            .option("pgbench-latency-ms", "0", null)
            .option("pgbench-clients", "16", null)
            .option("pgbench1-tps", "0", null)
            .option("pgbench1-latency-ms", "0", null)
            .option("pgbench-seconds", "15", null)
            .option("postgres-version", "", null)
            .option("server-java-opts", "", null)
            .option("server-log", "", null)
            .option("server-build", "", null);

    /** The options of a reconnect storm (bench/storm, {@link ReconnectStorm}). */
    static final Spec STORM = new Spec("bench/storm")
            .option("centers", "1000", "centers, each with a field, a kiosk and its screens")
            .option("screens", "10000", "screens in all, each a socket with its own device token, spread evenly over the centers")
            .option("storms", "3", "times every socket is reset at once (each then reconnects as display-ui does)")
            .option("quiet-seconds", "35", "time between one storm's end and the next (over 30 s: a screen live that long "
                    + "starts its back-off afresh, as display-ui does)")
            .option("issue-rate", "20", "kiosk issues per second, all centers together, during the whole run: the events "
                    + "each reconnect's replay must carry")
            .option("socket-opens", "64", "handshakes in progress at once while the screens first open (none in a storm)")
            .option("storm-timeout-seconds", "180", "a storm that has not reopened every socket by then is reported as such")
            .option("timeout-ms", "10000", "a REST request's deadline")
            .option("out", "bench/storm-results.json", "where to write the results")
            .quick("smoke run: 20 centers, 400 screens, 2 storms 5 s apart", Map.of("centers", "20", "screens", "400",
                    "storms", "2", "quiet-seconds", "5"))
            .option("base", "http://127.0.0.1:18080", null)
            .option("admin-password", "", null)
            .option("server-pid", "0", null)
            .option("postgres-pid", "0", null)
            .option("clock-ticks", "100", null)
            .option("server-java-opts", "", null)
            .option("server-build", "", null);

    final Spec spec;
    final Map<String, String> values;
    boolean quick;

    private Options(Spec spec) {
        this.spec = spec;
        this.values = new LinkedHashMap<>(spec.defaults);
    }

    static Options parse(String[] args) {
        Options o = parse(LOAD, args);
        if (o.values.get("workers").isEmpty()) {
            o.values.put("workers", String.valueOf(Math.min(32, 2 * o.integer("centers"))));
        }
        return o;
    }

    static Options parse(Spec spec, String[] args) {
        Options o = new Options(spec);
        for (String a : args) {
            if (a.equals("--quick") && spec.quickHelp != null) {
                o.quick = true;
                o.values.putAll(spec.quick);
            }
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--quick") && o.quick) {
                continue;
            }
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println(spec.help());
                System.exit(0);
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + a + "\n" + spec.help());
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
            if (!spec.defaults.containsKey(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "\n" + spec.help());
            }
            o.values.put(name, value);
        }
        return o;
    }

    /** bench/run --help (or bench/storm's, with "storm"): the options alone, without compiling the generator. */
    public static void main(String[] args) {
        System.out.println(args.length > 0 && args[0].equals("storm") ? STORM.help() : LOAD.help());
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
        spec.help.keySet().forEach(k -> {
            String v = values.get(k);
            p.put(k, v.matches("-?\\d+") ? (Object) Long.valueOf(v) : v.matches("-?\\d*\\.\\d+") ? (Object) Double.valueOf(v) : v);
        });
        p.put("quick", quick);
        p.put("server-java-opts", values.get("server-java-opts"));
        p.put("server-build", values.get("server-build"));
        return p;
    }
}
