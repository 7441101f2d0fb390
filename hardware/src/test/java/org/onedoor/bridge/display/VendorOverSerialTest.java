package org.onedoor.bridge.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.config.VendorFormats;
import org.onedoor.bridge.testing.PtyPair;
import org.onedoor.bridge.transport.Endpoint;

/** The vendor frame leaves the serial port byte for byte (read back on the other end of a pty pair). */
class VendorOverSerialTest {

    @TempDir
    Path dir;

    @Test
    void framesReachTheLine() throws Exception {
        try (PtyPair line = new PtyPair(dir)) {
            SerialPort board = SerialPort.getCommPort(line.deviceEnd().toString());
            board.setComPortParameters(9600, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            board.setComPortTimeouts(SerialPort.TIMEOUT_READ_BLOCKING, 2000, 0);
            assertThat(board.openPort()).isTrue();
            VendorFrameBus bus = new VendorFrameBus(Endpoint.parse("serial:" + line.bridgeEnd(), 9600),
                    VendorFormats.from(Map.of("vendor.checksum", "sum8")));
            try {
                bus.show(12, "1023", false);
                bus.clear(12);
                byte[] got = new byte[16];
                int n = 0;
                while (n < 16) {
                    int read = board.readBytes(got, 16 - n, n);
                    if (read <= 0) {
                        break;
                    }
                    n += read;
                }
                // 0C+31+30+32+33 = D2; 0C+20*4 = 8C
                assertThat(Arrays.copyOf(got, n)).containsExactly(0x02, 0x0C, 0x31, 0x30, 0x32, 0x33, 0xD2, 0x03,
                        0x02, 0x0C, 0x20, 0x20, 0x20, 0x20, 0x8C, 0x03);
            } finally {
                bus.close();
                board.closePort();
            }
        }
    }
}
