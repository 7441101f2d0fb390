package org.onedoor.bridge.config;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onedoor.bridge.display.ModbusSettings;
import org.onedoor.bridge.display.VendorFormat;
import org.onedoor.bridge.transport.Endpoint;

/**
 * The bridge's configuration, read and checked in full at start: a mistake stops the bridge with
 * the key at fault rather than surfacing hours later as a blank display. See hardware/README.md
 * for every key.
 *
 * @param server  where the bridge's socket is, without the token (safe to log)
 * @param localPrint the kiosk page's own print endpoint on 127.0.0.1 (port 0: none)
 * @param warnings things worth telling the operator that do not stop the bridge (unknown keys)
 */
public record BridgeConfig(URI server, String token, Path stateDir, Duration healthInterval, List<Printer> printers,
                           List<Display> displays, ModbusSettings modbus, VendorFormat vendor, LocalPrint localPrint,
                           List<String> warnings) {

    /**
     * The local print endpoint: its port (0 = off), the only web origin allowed to use it (the
     * server's, whose kiosk page calls it), and whether requests with no Origin at all (curl, a
     * local tool; never a browser) are served.
     */
    public record LocalPrint(int port, String origin, boolean allowNoOrigin) {
        public boolean enabled() {
            return port > 0;
        }
    }

    /** A printer by the name the server uses for it ({@code ticket}). */
    public record Printer(String name, Endpoint endpoint, boolean statusCheck) {
    }

    public enum Protocol { MODBUS, VENDOR }

    /**
     * A display bus ({@code modbus}, {@code vendor}: any address on it) or a display alone on its
     * own TCP address ({@code tcp:host:port}, at {@code address}).
     */
    public record Display(String name, Protocol protocol, Endpoint endpoint, boolean lone, int address) {
    }

    static final int DEFAULT_BAUD = 9600;

    /** The socket address with the token: for connecting, never for logs. */
    public URI socketWithToken() {
        return URI.create(server + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    public static BridgeConfig load(Path file) throws IOException, ConfigException {
        return parse(ConfigFile.read(file));
    }

    public static BridgeConfig parse(Map<String, String> values) throws ConfigException {
        Keys keys = new Keys(values);
        URI server = socketAddress(keys.required("server"));
        String token = keys.required("token");
        Path stateDir = Path.of(keys.optional("state-dir", "./bridge-state"));
        int health = keys.integer("health-interval", 5, 1, 3600);
        List<Printer> printers = new ArrayList<>();
        List<Display> displays = new ArrayList<>();
        for (String key : values.keySet()) {
            if (key.startsWith("printer.") && !key.endsWith(".status-check")) {
                printers.add(printer(keys, key));
            } else if (key.startsWith("display.")) {
                displays.add(display(keys, key));
            }
        }
        if (printers.isEmpty() && displays.isEmpty()) {
            throw new ConfigException("printer.<name>", "no printer and no display configured: nothing to bridge");
        }
        ModbusSettings modbus = new ModbusSettings(keys.integer("modbus.register", 0, 0, 65535),
                keys.integer("modbus.timeout", 250, 20, 5000), keys.integer("modbus.digits", 4, 1, 5));
        VendorFormat vendor = VendorFormats.read(keys);
        for (Display display : displays) {
            checkLoneAddress(display, vendor);
        }
        LocalPrint localPrint = new LocalPrint(keys.integer("local-print-port", 0, 0, 65535),
                Origins.ofServer(keys.required("server")), keys.bool("local-print-allow-no-origin", false));
        if (localPrint.enabled() && printers.isEmpty()) {
            throw new ConfigException("local-print-port", "no printer configured to print on");
        }
        return new BridgeConfig(server, token, stateDir, Duration.ofSeconds(health), List.copyOf(printers),
                List.copyOf(displays), modbus, vendor, localPrint, keys.unknown());
    }

    /**
     * A display alone on its TCP line is checked here, once the vendor frame is known: a Modbus unit
     * is 1-247 (0 is a broadcast no board answers), a vendor address what the frame can carry. On a
     * shared bus the address comes with each job and is checked then.
     */
    private static void checkLoneAddress(Display display, VendorFormat vendor) throws ConfigException {
        if (!display.lone()) {
            return;
        }
        int min = display.protocol() == Protocol.MODBUS ? 1 : 0;
        int max = display.protocol() == Protocol.MODBUS ? 247 : vendor.maxAddress();
        if (display.address() < min || display.address() > max) {
            throw new ConfigException("display." + display.name(), "address " + display.address() + " is out of range: a "
                    + display.protocol().name().toLowerCase(Locale.ROOT) + " display's is " + min + ".." + max);
        }
    }

    /** {@code http(s)://host:port[/prefix]} or {@code ws(s)://…} becomes {@code ws(s)://host:port[/prefix]/ws/bridge}. */
    static URI socketAddress(String server) throws ConfigException {
        Origins.ServerUrl url = Origins.ServerUrl.parse(server);
        URI uri = url.uri();
        String ws = url.secure() ? "wss" : "ws";
        if (uri.getQuery() != null) {
            throw new ConfigException("server", "give the server address only; the token goes in the key 'token'");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        if (!path.endsWith("/ws/bridge")) {
            path += "/ws/bridge";
        }
        return URI.create(ws + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + path);
    }

    private static Printer printer(Keys keys, String key) throws ConfigException {
        String name = key.substring("printer.".length());
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new ConfigException(key, "a printer name is letters, digits, '-' or '_'");
        }
        Endpoint endpoint = keys.endpoint(key);
        boolean statusCheck = keys.bool(key + ".status-check", true);
        return new Printer(name, endpoint, statusCheck);
    }

    private static Display display(Keys keys, String key) throws ConfigException {
        String name = key.substring("display.".length());
        if (name.equals("modbus") || name.equals("vendor")) {
            return new Display(name, Protocol.valueOf(name.toUpperCase(Locale.ROOT)), keys.endpoint(key), false, -1);
        }
        if (name.startsWith("tcp:")) {
            Endpoint endpoint;
            try {
                endpoint = Endpoint.parse(name, DEFAULT_BAUD);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key, e.getMessage());
            }
            String value = keys.required(key).toLowerCase(Locale.ROOT);
            String[] parts = value.split(":", 2);
            if (!parts[0].equals("modbus") && !parts[0].equals("vendor")) {
                throw new ConfigException(key, "expected 'modbus' or 'vendor' (optionally ':<address>'), got '" + value + "'");
            }
            int address = 1;
            if (parts.length > 1) {
                try {
                    address = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    throw new ConfigException(key, "the address after '" + parts[0] + ":' must be a number");
                }
            }
            return new Display(((Endpoint.Tcp) endpoint).toString(), Protocol.valueOf(parts[0].toUpperCase(Locale.ROOT)),
                    endpoint, true, address);
        }
        throw new ConfigException(key, "unknown display; use display.modbus, display.vendor or display.tcp:<host>:<port>");
    }
}
