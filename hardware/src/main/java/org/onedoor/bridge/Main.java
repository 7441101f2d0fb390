package org.onedoor.bridge;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.onedoor.bridge.config.BridgeConfig;
import org.onedoor.bridge.config.ConfigException;
import org.onedoor.bridge.config.ConfigFile;
import org.onedoor.bridge.simulator.VirtualDisplay;
import org.onedoor.bridge.simulator.VirtualPrinter;

/** The command line: the bridge itself, or one of the simulators. Exit code 2 for a usage or configuration error. */
public final class Main {

    static final int BAD_USAGE = 2;

    static final String USAGE = """
            usage:
              java -jar onedoor-bridge.jar --config bridge.properties [--verbose]
                  run the bridge (until stopped); see hardware/README.md for the keys
              java -jar onedoor-bridge.jar virtual-printer --port 9100 --out DIR [--paper OK|LOW|OUT]
                  a simulated ESC/POS network printer that saves each ticket as DIR/ticket-NNNN.png
                  (--port 0 picks a free port; type 'paper OK|LOW|OUT' on its input to change the roll)
              java -jar onedoor-bridge.jar virtual-display --port 4001 [--protocol modbus|vendor] [--config FILE]
                  a simulated LED display bus behind a serial-to-TCP converter (vendor frames as in FILE's vendor.* keys)
              java -jar onedoor-bridge.jar --help
            """;

    private Main() {
    }

    public static void main(String[] args) {
        // before anything logs: the last lines of a SIGTERM must not be lost (see LogSetup)
        System.setProperty("java.util.logging.manager", LogSetup.KeptLogManager.class.getName());
        // the bridge draws tickets into memory only: no window system needed, none touched on a kiosk desktop
        System.setProperty("java.awt.headless", "true");
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command; returns at once with an exit code on a mistake, else runs until the JVM stops. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || Set.of("--help", "-h", "help").contains(args[0])) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? BAD_USAGE : 0;
        }
        try {
            return switch (args[0]) {
                case "virtual-printer" -> virtualPrinter(options(args, 1, Set.of("--port", "--out", "--paper", "--host")), out);
                case "virtual-display" -> virtualDisplay(options(args, 1, Set.of("--port", "--protocol", "--config", "--host")), out);
                default -> bridge(options(args, 0, Set.of("--config", "--verbose")), err);
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return BAD_USAGE;
        }
    }

    private static int bridge(Map<String, String> options, PrintStream err) {
        String file = options.get("--config");
        if (file == null) {
            throw new IllegalArgumentException("--config is required");
        }
        BridgeConfig config;
        try {
            config = BridgeConfig.load(Path.of(file));
        } catch (ConfigException e) {
            err.println("config error in " + file + ": " + e.getMessage());
            return BAD_USAGE;
        } catch (IOException e) {
            err.println("config error: cannot read " + file + ": " + e);
            return BAD_USAGE;
        }
        LogSetup.init(options.containsKey("--verbose"));
        System.Logger log = System.getLogger(Main.class.getName());
        config.warnings().forEach(w -> log.log(Level.WARNING, file + ": " + w));
        Bridge bridge;
        try {
            bridge = Bridge.start(config);
        } catch (Bridge.PortUnavailable e) {
            // a restart would meet the same program on the port: stop, like a configuration mistake
            err.println(e.getMessage());
            return BAD_USAGE;
        } catch (IOException e) {
            err.println("state-dir: " + e.getMessage());
            return BAD_USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(bridge::close, "shutdown"));
        return waitForever();
    }

    private static int virtualPrinter(Map<String, String> options, PrintStream out) {
        String dir = options.get("--out");
        if (dir == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        String paper = options.getOrDefault("--paper", "OK").toUpperCase(Locale.ROOT);
        if (!List.of("OK", "LOW", "OUT").contains(paper)) {
            throw new IllegalArgumentException("--paper must be OK, LOW or OUT");
        }
        LogSetup.init(false);
        try {
            VirtualPrinter printer = VirtualPrinter.start(options.getOrDefault("--host", "0.0.0.0"), port(options, 9100),
                    Path.of(dir), paper);
            out.println("listening on " + printer.port());
            out.flush();
            printer.followCommands(System.in);
        } catch (IOException e) {
            System.err.println("virtual-printer: " + e.getMessage());
            return 1;
        }
        return waitForever();
    }

    private static int virtualDisplay(Map<String, String> options, PrintStream out) {
        String protocol = options.getOrDefault("--protocol", "modbus").toLowerCase(Locale.ROOT);
        if (!protocol.equals("modbus") && !protocol.equals("vendor")) {
            throw new IllegalArgumentException("--protocol must be modbus or vendor");
        }
        LogSetup.init(false);
        try {
            VirtualDisplay display = VirtualDisplay.start(options.getOrDefault("--host", "0.0.0.0"), port(options, 4001), protocol,
                    options.containsKey("--config") ? ConfigFile.read(Path.of(options.get("--config"))) : Map.of());
            out.println("listening on " + display.port());
            out.flush();
        } catch (ConfigException e) {
            System.err.println("config error: " + e.getMessage());
            return BAD_USAGE;
        } catch (IOException e) {
            System.err.println("virtual-display: " + e.getMessage());
            return 1;
        }
        return waitForever();
    }

    private static int port(Map<String, String> options, int fallback) {
        String text = options.get("--port");
        try {
            int port = text == null ? fallback : Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 0 to 65535");
        }
    }

    /** {@code --name value} pairs (and the lone flag {@code --verbose}) from {@code args[from]} on. */
    private static Map<String, String> options(String[] args, int from, Set<String> known) {
        Map<String, String> options = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            String name = args[i];
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown argument '" + name + "'");
            }
            if (name.equals("--verbose")) {
                options.put(name, "true");
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            options.put(name, args[++i]);
        }
        return options;
    }

    private static int waitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
