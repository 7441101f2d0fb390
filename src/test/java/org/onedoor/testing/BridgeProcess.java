package org.onedoor.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real hardware bridge (hardware/, built into one jar by its own build) run as a separate
 * process, as it runs beside a kiosk: the tests kill it with SIGKILL, restart it, and read its log.
 */
public final class BridgeProcess implements AutoCloseable {

    static final Path JAR = Path.of("hardware", "target", "onedoor-bridge.jar");

    private final Path config;
    private final Path log;
    private Process process;

    private BridgeProcess(Path config, Path log) {
        this.config = config;
        this.log = log;
    }

    /** Writes the configuration and starts the bridge with it. */
    public static BridgeProcess start(Path dir, String properties) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            fail(JAR + " is missing: build the bridge first (./run-tests does: ./mvnw -f hardware/pom.xml package)");
        }
        Files.createDirectories(dir);
        Path config = dir.resolve("bridge.properties");
        Files.writeString(config, properties + "\nstate-dir = " + dir.resolve("state") + "\n", StandardCharsets.UTF_8);
        BridgeProcess bridge = new BridgeProcess(config, dir.resolve("bridge.log"));
        bridge.restart();
        return bridge;
    }

    /** Starts it (again) with the same configuration and state directory; the log goes on. */
    public void restart() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** SIGKILL: no shutdown hook, no goodbye on the socket, as when the kiosk PC loses power. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits until the log has said {@code text} {@code times} times in all. */
    public void awaitLog(String text, int times, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (count(text) < times) {
            if (System.nanoTime() > deadline) {
                fail("the bridge did not log '" + text + "' " + times + " time(s) within " + within + "; its log:\n" + log());
            }
            if (!process.isAlive()) {
                fail("the bridge stopped; its log:\n" + log());
            }
            Thread.sleep(20);
        }
    }

    public int count(String text) {
        String all = log();
        int n = 0;
        for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
