package org.onedoor.bridge.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.simulator.VirtualPrinter;
import org.onedoor.bridge.testing.PtyPair;
import org.onedoor.bridge.testing.TestEscPos;
import org.onedoor.bridge.transport.Endpoint;

/**
 * A printer reached through a device file ({@code usb:}): here one end of a pty pair stands in for
 * /dev/usb/lp0, the virtual printer sits on the other.
 */
class UsbPrinterTest {

    @TempDir
    Path dir;

    @Test
    void printsThroughTheDeviceFileAndReadsItsStatus() throws Exception {
        try (PtyPair line = new PtyPair(dir); VirtualPrinter virtual = VirtualPrinter.start("127.0.0.1", 0, dir.resolve("out"), "LOW");
             DoneJobs done = new DoneJobs(dir.resolve("state"))) {
            Thread device = new Thread(() -> {
                try (InputStream in = Files.newInputStream(line.deviceEnd());
                     OutputStream out = Files.newOutputStream(line.deviceEnd(), StandardOpenOption.WRITE)) {
                    virtual.serve(in, out);
                } catch (Exception ended) {
                    // the pty pair is gone at the end of the test
                }
            });
            device.setDaemon(true);
            device.start();
            ThermalPrinter printer = new ThermalPrinter("ticket", Endpoint.parse("usb:" + line.bridgeEnd(), 9600), true);

            assertThat(printer.poll()).isEqualTo(new PrinterHealth(true, "LOW", null));
            ThermalPrinter.Result result = printer.print("usb-job", TestEscPos.ticket(), done);
            assertThat(result.printed()).isTrue();
            assertThat(virtual.saved()).hasSize(1);
        }
    }

    @Test
    void aSilentDeviceFileTimesOutInsteadOfHanging() throws Exception {
        try (PtyPair line = new PtyPair(dir)) {
            // nobody reads or answers on the other end
            ThermalPrinter printer = new ThermalPrinter("ticket", Endpoint.parse("usb:" + line.bridgeEnd(), 9600), true);
            long start = System.nanoTime();
            assertThat(printer.poll()).isEqualTo(PrinterHealth.offline("printer not answering"));
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
            // and the next question works the same (the abandoned read did not wedge anything)
            assertThat(printer.poll().online()).isFalse();
        }
    }

    @Test
    void aMissingDeviceFileIsOffline() {
        ThermalPrinter printer = new ThermalPrinter("ticket", Endpoint.parse("usb:" + dir.resolve("lp9"), 9600), true);
        PrinterHealth health = printer.poll();
        assertThat(health.online()).isFalse();
        assertThat(health.error()).contains("lp9");
    }
}
