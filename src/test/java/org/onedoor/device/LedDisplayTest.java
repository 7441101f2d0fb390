package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fazecast.jSerialComm.SerialPort;
import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.BridgeProcess;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

/**
 * A counter's LED number board on an RS-485 line, end to end: the officer calls, the server tells
 * the bridge (a separate process), the bridge writes Modbus RTU over a serial line (a socat pty
 * pair at 9600 8N1), and an independent Modbus slave (j2mod) standing in for the board holds the
 * number in its register 0.
 */
@QuarkusTest
class LedDisplayTest {

    @Inject
    TestClock clock;

    @Test
    void shouldPutTheCalledNumberOnTheCountersModbusBoardAndClearItWhenDone() throws Exception {
        Floor floor = Floor.create().fieldWithBlock("HT", 1, 10);
        Floor.asAdmin().body(Map.of("label", "Quầy 3", "fields", List.of("HT"), "displayAddress", "modbus:3"))
                .put(floor.path("/counters/3")).then().statusCode(200);
        floor.open(3);
        String bridgeToken = KioskTestDevices.pair(floor, "BRIDGE", null);
        Path dir = Files.createTempDirectory(Files.createDirectories(BridgeEndToEndTest.WORK), "led");
        Process line = serialLine(dir);
        ModbusSlave slave = null;
        try (BridgeProcess bridge = BridgeProcess.start(dir, "server = http://127.0.0.1:" + RestAssured.port
                + "\ntoken = " + bridgeToken + "\ndisplay.modbus = serial:" + dir.resolve("bridge") + "?baud=9600\n")) {
            SimpleProcessImage board = new SimpleProcessImage(3);
            board.addRegister(new SimpleRegister(77)); // whatever it showed before
            slave = ModbusSlaveFactory.createSerialSlave(serial(dir.resolve("board")));
            slave.addProcessImage(3, board);
            slave.open();

            bridge.awaitLog("connected to", 1, Duration.ofSeconds(15));
            // on connecting, the bridge is told what every display should show: nothing yet
            awaitRegister(board, v -> v == 0, bridge);

            floor.issue("HT");
            long calledAt = System.nanoTime();
            String id = floor.callNext(3).getString("id");
            awaitRegister(board, v -> v == 1001, bridge);
            System.out.printf("LED board showed 1001 %d ms after the call-next request was sent%n",
                    (System.nanoTime() - calledAt) / 1_000_000);

            Floor.asAdmin().post("/api/tickets/" + id + "/recall").then().statusCode(200);
            bridge.awaitLog("display modbus:3 shows 1001", 2, Duration.ofSeconds(5));
            assertThat(board.getRegister(0).getValue()).isEqualTo(1001);

            floor.serve(id);
            awaitRegister(board, v -> v == 0, bridge);
            floor.issue("HT");
            floor.callNext(3);
            awaitRegister(board, v -> v == 1002, bridge);

            // the center closed with 1002 at the counter: the next day, the counter's next change clears it
            clock.advance(Duration.ofDays(1));
            Floor.asAdmin().post(floor.path("/counters/3/pause")).then().statusCode(200);
            awaitRegister(board, v -> v == 0, bridge);
        } finally {
            if (slave != null) {
                ModbusSlaveFactory.close(slave);
            }
            line.destroy();
        }
    }

    /** Two linked pseudo-terminals: the bridge opens dir/bridge, the board dir/board. */
    private static Process serialLine(Path dir) throws Exception {
        Process socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + dir.resolve("bridge"),
                "pty,raw,echo=0,link=" + dir.resolve("board")).redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile()).start();
        for (int i = 0; i < 250 && !(Files.exists(dir.resolve("bridge")) && Files.exists(dir.resolve("board"))); i++) {
            if (!socat.isAlive()) {
                fail("socat did not start (run-tests installs it): " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(20);
        }
        return socat;
    }

    private static SerialParameters serial(Path port) {
        SerialParameters params = new SerialParameters();
        params.setPortName(port.toString());
        params.setBaudRate(9600);
        params.setDatabits(8);
        params.setParity(SerialPort.NO_PARITY);
        params.setStopbits(SerialPort.ONE_STOP_BIT);
        params.setEncoding(Modbus.SERIAL_ENCODING_RTU);
        params.setEcho(false);
        return params;
    }

    private static void awaitRegister(SimpleProcessImage board, IntPredicate wanted, BridgeProcess bridge)
            throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (wanted.test(board.getRegister(0).getValue())) {
                return;
            }
            Thread.sleep(10);
        }
        fail("register 0 of board 3 holds " + board.getRegister(0).getValue() + "; the bridge's log:\n" + bridge.log());
    }
}
