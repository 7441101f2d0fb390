package org.onedoor.bridge.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Two linked pseudo-terminals made by socat: a serial line in a test, with the bridge on one end
 * and an independent device on the other. socat is required (CI installs it): without it the
 * test fails, it does not skip.
 */
public final class PtyPair implements AutoCloseable {

    private final Process socat;
    private final Path bridgeEnd;
    private final Path deviceEnd;

    public PtyPair(Path dir) throws IOException, InterruptedException {
        String socatPath = find();
        bridgeEnd = dir.resolve("bridge");
        deviceEnd = dir.resolve("board");
        socat = new ProcessBuilder(socatPath, "-d", "-d", "pty,raw,echo=0,link=" + bridgeEnd, "pty,raw,echo=0,link=" + deviceEnd)
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(bridgeEnd) && Files.exists(deviceEnd))) {
            if (!socat.isAlive() || System.nanoTime() > deadline) {
                fail("socat did not make the pty pair: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(20);
        }
    }

    /** The path the bridge opens. */
    public Path bridgeEnd() {
        return bridgeEnd;
    }

    /** The path the simulated device opens. */
    public Path deviceEnd() {
        return deviceEnd;
    }

    private static String find() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "socat");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        if (Files.isExecutable(Path.of("/usr/bin/socat"))) {
            return "/usr/bin/socat";
        }
        return fail("socat is required for the serial-line tests and was not found: apt-get install -y socat");
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(3, TimeUnit.SECONDS)) {
            socat.destroyForcibly();
        }
    }
}
