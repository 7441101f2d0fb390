package org.onedoor.bridge.transport;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a device is reached, as written in the configuration: {@code tcp:host:port},
 * {@code usb:/dev/usb/lp0} (a device file) or {@code serial:/dev/ttyUSB0?baud=19200} (a serial port,
 * 8N1 unless its options say otherwise).
 */
public sealed interface Endpoint {

    /** A device (or a serial-to-TCP converter) listening on a TCP port. */
    record Tcp(String host, int port) implements Endpoint {
        @Override
        public String toString() {
            return "tcp:" + host + ":" + port;
        }
    }

    /** A device file the kernel gives a printer, written to and read from like a file. */
    record DeviceFile(Path path) implements Endpoint {
        @Override
        public String toString() {
            return "usb:" + path;
        }
    }

    /** A serial port: its path ({@code /dev/ttyUSB0}, {@code COM3}) and line settings. */
    record Serial(String port, int baud, int dataBits, Parity parity, int stopBits, Flow flow) implements Endpoint {
        @Override
        public String toString() {
            return "serial:" + port + "?baud=" + baud + "&data=" + dataBits + "&parity=" + parity.name().toLowerCase(Locale.ROOT)
                    + "&stop=" + stopBits + "&flow=" + flow.name().toLowerCase(Locale.ROOT);
        }
    }

    enum Parity { NONE, EVEN, ODD }

    enum Flow { NONE, RTSCTS, XONXOFF }

    /**
     * Reads an endpoint; {@code defaultBaud} is used when a serial one names no baud rate.
     *
     * @throws IllegalArgumentException with a message fit for the operator
     */
    static Endpoint parse(String text, int defaultBaud) {
        String value = text.trim();
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected tcp:host:port, usb:/dev/..., or serial:/dev/...?baud=N, got '" + value + "'");
        }
        String kind = value.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = value.substring(colon + 1);
        return switch (kind) {
            case "tcp" -> tcp(rest);
            case "usb", "file" -> {
                if (rest.isBlank()) {
                    throw new IllegalArgumentException("usb: needs a device file, e.g. usb:/dev/usb/lp0");
                }
                yield new DeviceFile(Path.of(rest));
            }
            case "serial" -> serial(rest, defaultBaud);
            default -> throw new IllegalArgumentException("unknown connection kind '" + kind + "' (use tcp, usb or serial)");
        };
    }

    private static Tcp tcp(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("expected tcp:host:port, got 'tcp:" + hostPort + "'");
        }
        int port = number(hostPort.substring(colon + 1), "port");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
        return new Tcp(hostPort.substring(0, colon), port);
    }

    private static Serial serial(String spec, int defaultBaud) {
        int question = spec.indexOf('?');
        String port = question < 0 ? spec : spec.substring(0, question);
        if (port.isBlank()) {
            throw new IllegalArgumentException("serial: needs a port, e.g. serial:/dev/ttyUSB0 or serial:COM3");
        }
        int baud = defaultBaud;
        int data = 8;
        int stop = 1;
        Parity parity = Parity.NONE;
        Flow flow = Flow.NONE;
        if (question >= 0) {
            for (String option : spec.substring(question + 1).split("&")) {
                String[] pair = option.split("=", 2);
                String name = pair[0].trim().toLowerCase(Locale.ROOT);
                String val = pair.length > 1 ? pair[1].trim().toLowerCase(Locale.ROOT) : "";
                switch (name) {
                    case "baud" -> baud = number(val, "baud");
                    case "data" -> data = oneOf(number(val, "data"), "data", 7, 8);
                    case "stop" -> stop = oneOf(number(val, "stop"), "stop", 1, 2);
                    case "parity" -> parity = choice(Parity.class, val, "parity");
                    case "flow" -> flow = choice(Flow.class, val, "flow");
                    default -> throw new IllegalArgumentException("unknown serial option '" + name
                            + "' (known: baud, data, parity, stop, flow)");
                }
            }
        }
        if (baud < 300 || baud > 4_000_000) {
            throw new IllegalArgumentException("baud " + baud + " is out of range");
        }
        return new Serial(port, baud, data, parity, stop, flow);
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + text + "'");
        }
    }

    private static int oneOf(int value, String what, int a, int b) {
        if (value != a && value != b) {
            throw new IllegalArgumentException(what + " must be " + a + " or " + b + ", got " + value);
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(what + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                .toLowerCase(Locale.ROOT) + ", got '" + value + "'");
    }
}
