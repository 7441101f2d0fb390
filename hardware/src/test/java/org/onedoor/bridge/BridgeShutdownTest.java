package org.onedoor.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.testing.ScriptedPrinter;

/**
 * The bridge as a process of its own, stopped by its service manager (SIGTERM) in the middle of a
 * ticket: it lets the ticket finish, and its log says so. java.util.logging's own shutdown hook
 * used to close standard output meanwhile, so those last lines were lost.
 */
class BridgeShutdownTest {

    @TempDir
    Path dir;

    @Test
    void shouldLogTheTicketItFinishesAfterASigterm() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch stopping = new CountDownLatch(1);
        int port = freePort();
        try (ScriptedPrinter printer = ScriptedPrinter.start(
                talk -> talk.answer(), // the worker's first look at the printer
                talk -> {
                    asked.countDown(); // the ticket's paper check has reached the printer
                    awaitQuietly(stopping);
                    talk.answer();
                    talk.ticketThenAnswer();
                })) {
            Path config = dir.resolve("bridge.properties");
            Files.writeString(config, String.join("\n", "server = http://127.0.0.1:1", "token = t",
                    "state-dir = " + dir.resolve("state"), "printer.ticket = " + printer.endpoint(),
                    "local-print-port = " + port) + "\n");
            Path log = dir.resolve("bridge.log");
            Process bridge = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--config", config.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                awaitLog(log, "local print endpoint on");
                HttpRequest ticket = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/print"))
                        .header("Origin", "http://127.0.0.1:1").header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"job\":\"offline:demo:2026-12-07:A990\",\"code\":\"A990\"}"))
                        .timeout(Duration.ofSeconds(30)).build();
                // its answer is cut: the local endpoint closes first as the bridge stops (the kiosk then shows the number)
                HttpClient.newHttpClient().sendAsync(ticket, HttpResponse.BodyHandlers.ofString());
                assertThat(asked.await(15, TimeUnit.SECONDS)).as("the ticket reached the printer").isTrue();

                bridge.destroy(); // SIGTERM, as systemd stops it
                Thread.sleep(500); // the JVM's shutdown hooks are running now
                stopping.countDown();

                assertThat(bridge.waitFor(20, TimeUnit.SECONDS)).isTrue();
                assertThat(Files.readString(log, StandardCharsets.UTF_8))
                        .contains("printed offline:demo:2026-12-07:A990 on ticket", "bridge stopped");
                assertThat(printer.failure()).isNull();
            } finally {
                bridge.destroyForcibly();
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitLog(Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
            assertThat(System.nanoTime()).as("the bridge did not log '%s'", text).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
