package org.onedoor.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.config.BridgeConfig;

/** The command line's mistakes: exit code 2 and one clear line. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--config", "virtual-printer", "virtual-display");
    }

    @Test
    void aBadConfigurationStopsWithTheKey() throws Exception {
        Path file = dir.resolve("bridge.properties");
        Files.writeString(file, "server = http://localhost:8080\ntoken = x\nprinter.ticket = tcp:localhost\n");
        assertThat(run("--config", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("config error in " + file + ": printer.ticket: expected tcp:host:port, got 'tcp:localhost'");
    }

    @Test
    void aTakenLocalPrintPortStopsTheBridge() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path file = dir.resolve("bridge.properties");
            Files.writeString(file, "server = http://localhost:8080\ntoken = x\nstate-dir = " + dir.resolve("state")
                    + "\nprinter.ticket = tcp:127.0.0.1:9\nlocal-print-port = " + taken.getLocalPort() + "\n");
            assertThat(run("--config", file.toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).trim())
                    .startsWith("local-print-port: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (");
        }
        // the failed start let go of the state dir: a bridge may start on it now
        Files.writeString(dir.resolve("ok.properties"), "server = http://localhost:8080\ntoken = x\nstate-dir = "
                + dir.resolve("state") + "\nprinter.ticket = tcp:127.0.0.1:9\n");
        try (Bridge bridge = Bridge.start(BridgeConfig.load(dir.resolve("ok.properties")))) {
            assertThat(bridge.localPrintAddress()).isNull();
        }
    }

    @Test
    void aMissingFileOrArgumentIsAUsageError() {
        assertThat(run("--config", dir.resolve("none.properties").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");
        assertThat(run("--confg", "x")).isEqualTo(2);
        assertThat(run("virtual-printer", "--port", "0")).isEqualTo(2);
        assertThat(run("virtual-display", "--protocol", "can")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }
}
