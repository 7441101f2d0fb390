package org.onedoor.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.bridge.display.ModbusSettings;
import org.onedoor.bridge.display.VendorFormat;
import org.onedoor.bridge.transport.Endpoint;

class BridgeConfigTest {

    private static BridgeConfig parse(String... lines) throws ConfigException {
        return BridgeConfig.parse(ConfigFile.parse(List.of(lines)));
    }

    private static ConfigException error(String... lines) {
        try {
            parse(lines);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("no error for " + List.of(lines));
    }

    @Test
    void readsAFullConfiguration() throws Exception {
        BridgeConfig config = parse(
                "# the center's bridge",
                "server = http://192.168.1.10:8080        # http(s) or ws(s)",
                "token = abc#123",
                "state-dir = /var/lib/onedoor-bridge",
                "health-interval = 7",
                "printer.ticket = tcp:192.168.1.50:9100",
                "printer.desk = usb:/dev/usb/lp0",
                "printer.desk.status-check = false",
                "printer.slow = serial:/dev/ttyUSB0?baud=19200",
                "display.modbus = serial:/dev/ttyUSB1",
                "display.vendor = tcp:10.0.0.8:4001",
                "display.tcp:10.0.0.7:4001 = modbus",
                "display.tcp\\:10.0.0.9\\:4001 = vendor:12",
                "modbus.timeout = 300",
                "vendor.checksum = sum8");

        assertThat(config.server()).isEqualTo(URI.create("ws://192.168.1.10:8080/ws/bridge"));
        assertThat(config.socketWithToken()).isEqualTo(URI.create("ws://192.168.1.10:8080/ws/bridge?token=abc%23123"));
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/onedoor-bridge"));
        assertThat(config.healthInterval()).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.printers()).containsExactly(
                new BridgeConfig.Printer("ticket", new Endpoint.Tcp("192.168.1.50", 9100), true),
                new BridgeConfig.Printer("desk", new Endpoint.DeviceFile(Path.of("/dev/usb/lp0")), false),
                new BridgeConfig.Printer("slow", new Endpoint.Serial("/dev/ttyUSB0", 19200, 8, Endpoint.Parity.NONE, 1,
                        Endpoint.Flow.NONE), true));
        assertThat(config.displays()).containsExactly(
                new BridgeConfig.Display("modbus", BridgeConfig.Protocol.MODBUS,
                        new Endpoint.Serial("/dev/ttyUSB1", 9600, 8, Endpoint.Parity.NONE, 1, Endpoint.Flow.NONE), false, -1),
                new BridgeConfig.Display("vendor", BridgeConfig.Protocol.VENDOR, new Endpoint.Tcp("10.0.0.8", 4001), false, -1),
                new BridgeConfig.Display("tcp:10.0.0.7:4001", BridgeConfig.Protocol.MODBUS, new Endpoint.Tcp("10.0.0.7", 4001), true, 1),
                new BridgeConfig.Display("tcp:10.0.0.9:4001", BridgeConfig.Protocol.VENDOR, new Endpoint.Tcp("10.0.0.9", 4001), true, 12));
        assertThat(config.modbus()).isEqualTo(new ModbusSettings(0, 300, 4));
        assertThat(config.vendor().checksum()).isEqualTo(VendorFormat.Checksum.SUM8);
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void defaultsAndServerForms() throws Exception {
        BridgeConfig config = parse("server = https://queue.example.vn/onedoor/", "token = t", "printer.ticket = tcp:p:9100");
        assertThat(config.server()).isEqualTo(URI.create("wss://queue.example.vn/onedoor/ws/bridge"));
        assertThat(config.stateDir()).isEqualTo(Path.of("./bridge-state"));
        assertThat(config.healthInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.vendor()).isEqualTo(VendorFormat.DEFAULT);
        assertThat(parse("server = ws://h:1/ws/bridge", "token = t", "printer.ticket = tcp:p:9100").server())
                .isEqualTo(URI.create("ws://h:1/ws/bridge"));
    }

    @Test
    void serialOptions() {
        assertThat(Endpoint.parse("serial:COM3?baud=19200&parity=even&stop=2&flow=rtscts", 9600))
                .isEqualTo(new Endpoint.Serial("COM3", 19200, 8, Endpoint.Parity.EVEN, 2, Endpoint.Flow.RTSCTS));
    }

    @Test
    void unknownKeysAreWarnedAbout() throws Exception {
        BridgeConfig config = parse("server = http://h:8080", "token = t", "printer.ticket = tcp:p:9100", "helth-interval = 5",
                "printer.other.status-check = false");
        assertThat(config.warnings()).containsExactly("unknown key 'helth-interval' ignored",
                "unknown key 'printer.other.status-check' ignored");
    }

    @Test
    void mistakesNameTheirKey() {
        String[] base = {"server = http://h:8080", "token = t"};
        assertThat(error("token = t", "printer.ticket = tcp:p:9100").key()).isEqualTo("server");
        assertThat(error("server = ftp://h", "token = t", "printer.ticket = tcp:p:9100").key()).isEqualTo("server");
        assertThat(error("server = http://h:8080", "printer.ticket = tcp:p:9100").key()).isEqualTo("token");
        assertThat(error(with(base, "printer.ticket = tpc:p:9100")).getMessage())
                .isEqualTo("printer.ticket: unknown connection kind 'tpc' (use tcp, usb or serial)");
        assertThat(error(with(base, "printer.ticket = tcp:p")).key()).isEqualTo("printer.ticket");
        assertThat(error(with(base, "printer.ticket = serial:/dev/ttyS0?baud=fast")).key()).isEqualTo("printer.ticket");
        assertThat(error(with(base, "printer.ticket = tcp:p:9100", "health-interval = soon")).key()).isEqualTo("health-interval");
        assertThat(error(with(base, "printer.ticket = tcp:p:9100", "health-interval = 0")).key()).isEqualTo("health-interval");
        assertThat(error(with(base, "display.rs485 = serial:/dev/ttyUSB1")).key()).isEqualTo("display.rs485");
        assertThat(error(with(base, "display.tcp:10.0.0.7:4001 = lcd")).key()).isEqualTo("display.tcp:10.0.0.7:4001");
        assertThat(error(with(base, "display.modbus = tcp:h:1", "vendor.checksum = crc")).key()).isEqualTo("vendor.checksum");
        // a lone display's address must be one its board can answer to
        assertThat(error(with(base, "display.tcp:10.0.0.7:4001 = modbus:0")).getMessage())
                .isEqualTo("display.tcp:10.0.0.7:4001: address 0 is out of range: a modbus display's is 1..247");
        assertThat(error(with(base, "display.tcp:10.0.0.7:4001 = modbus:300")).key()).isEqualTo("display.tcp:10.0.0.7:4001");
        assertThat(error(with(base, "display.tcp:10.0.0.7:4001 = vendor:99999")).key()).isEqualTo("display.tcp:10.0.0.7:4001");
        assertThat(error(with(base, "display.modbus = tcp:h:1", "vendor.start = STX")).key()).isEqualTo("vendor.start");
        assertThat(error(with(base, "printer.ticket = tcp:p:9100", "printer.ticket.status-check = maybe")).key())
                .isEqualTo("printer.ticket.status-check");
        assertThat(error(base).getMessage()).contains("nothing to bridge");
    }

    @Test
    void fileMistakesNameTheLine() {
        assertThat(error("server = http://h:8080", "token t").key()).isEqualTo("line 2");
        assertThat(error("token = a", "token = b").getMessage()).isEqualTo("token: set twice (lines 1 and 2)");
    }

    @Test
    void localPrintIsOffUnlessAPortIsGiven() throws Exception {
        BridgeConfig off = parse("server = http://10.0.0.5:8080", "token = t", "printer.ticket = tcp:p:9100");
        assertThat(off.localPrint()).isEqualTo(new BridgeConfig.LocalPrint(0, "http://10.0.0.5:8080", false));
        assertThat(off.localPrint().enabled()).isFalse();
        BridgeConfig on = parse("server = http://10.0.0.5:8080", "token = t", "printer.ticket = tcp:p:9100",
                "local-print-port = 9180", "local-print-allow-no-origin = true");
        assertThat(on.localPrint()).isEqualTo(new BridgeConfig.LocalPrint(9180, "http://10.0.0.5:8080", true));
        assertThat(on.warnings()).isEmpty();
        String[] base = {"server = http://h:8080", "token = t"};
        assertThat(error(with(base, "printer.ticket = tcp:p:9100", "local-print-port = 70000")).key()).isEqualTo("local-print-port");
        assertThat(error(with(base, "display.modbus = tcp:h:1", "local-print-port = 9180")).getMessage())
                .isEqualTo("local-print-port: no printer configured to print on");
        assertThat(error(with(base, "printer.ticket = tcp:p:9100", "local-print-allow-no-origin = maybe")).key())
                .isEqualTo("local-print-allow-no-origin");
    }

    @Test
    void theServersOriginIsSpelledAsBrowsersSendIt() throws Exception {
        assertThat(Origins.ofServer("http://10.0.0.5:8080")).isEqualTo("http://10.0.0.5:8080");
        assertThat(Origins.ofServer("HTTPS://Queue.Example.VN:443/onedoor/")).isEqualTo("https://queue.example.vn");
        assertThat(Origins.ofServer("ws://h:80/ws/bridge")).isEqualTo("http://h");
        assertThat(Origins.ofServer("wss://h:8443")).isEqualTo("https://h:8443");
        assertThat(Origins.ofServer("http://[::1]:8080")).isEqualTo("http://[::1]:8080");

        assertThat(Origins.ofHeader("http://10.0.0.5:8080")).isEqualTo("http://10.0.0.5:8080");
        assertThat(Origins.ofHeader("https://queue.example.vn:443")).isEqualTo("https://queue.example.vn");
        assertThat(Origins.ofHeader("null")).isNull();
        assertThat(Origins.ofHeader("http://10.0.0.5:8080/kiosk")).isNull();
        assertThat(Origins.ofHeader("http://me@10.0.0.5:8080")).isNull();
        assertThat(Origins.ofHeader("file://")).isNull();
        assertThat(Origins.ofHeader("not a url")).isNull();
    }

    @Test
    void readsVendorKeys() throws Exception {
        assertThat(VendorFormats.from(Map.of("vendor.start", "0x10 0x02", "vendor.end", "none", "vendor.digits", "3",
                "vendor.align", "left", "vendor.pad", "zero", "vendor.address", "ascii", "vendor.address-digits", "3")))
                .isEqualTo(new VendorFormat(new byte[] {0x10, 0x02}, new byte[0], 3, 3, false, '0', VendorFormat.Checksum.XOR, false));
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
