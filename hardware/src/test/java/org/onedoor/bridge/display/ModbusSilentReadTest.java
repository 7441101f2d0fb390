package org.onedoor.bridge.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onedoor.bridge.transport.Endpoint;

/**
 * A cheap board that takes writes (function 06) but ignores reads (function 03) altogether, behind
 * a serial-to-TCP converter: asked once, it costs one timeout, and once a write reaches it, it is
 * not asked again (each refresh would otherwise wait on the line twice before writing).
 */
class ModbusSilentReadTest {

    @Test
    void shouldStopAskingABoardThatIgnoresReadsButTakesWrites() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        try (ServerSocket converter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread board = new Thread(() -> serve(converter, reads), "silent-board");
            board.setDaemon(true);
            board.start();
            ModbusRtuBus bus = new ModbusRtuBus(Endpoint.parse("tcp:127.0.0.1:" + converter.getLocalPort(), 9600),
                    ModbusSettings.DEFAULT);
            try {
                long started = System.nanoTime();
                assertThatThrownBy(() -> bus.shows(4, "1023")).isInstanceOf(BoardException.class);
                assertThat((System.nanoTime() - started) / 1_000_000).as("asked once, not twice").isLessThan(450);
                bus.show(4, "1023", false);

                assertThat(bus.shows(4, "1023")).as("cannot tell, and does not ask").isNull();
                assertThat(reads.get()).isEqualTo(1);
            } finally {
                bus.close();
            }
        }
    }

    /** Echoes each write frame (8 bytes, function 06); swallows a read frame (function 03) without a word. */
    private static void serve(ServerSocket converter, AtomicInteger reads) {
        try (Socket line = converter.accept(); InputStream in = line.getInputStream(); OutputStream out = line.getOutputStream()) {
            byte[] frame = new byte[8];
            while (in.readNBytes(frame, 0, 8) == 8) {
                if (frame[1] == ModbusRtuBus.WRITE_SINGLE_REGISTER) {
                    out.write(Arrays.copyOf(frame, 8));
                    out.flush();
                } else {
                    reads.incrementAndGet();
                }
            }
        } catch (java.io.IOException e) {
            // the bus closed the line: the test is over
        }
    }
}
