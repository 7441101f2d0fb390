package org.onedoor.bridge.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fazecast.jSerialComm.SerialPort;
import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.testing.PtyPair;
import org.onedoor.bridge.transport.Endpoint;

/**
 * Our Modbus RTU driver against j2mod's slave (an implementation we did not write) over a real
 * serial line (a socat pty pair) at 9600 8N1: boards with unit ids 3 and 5.
 */
class ModbusOverSerialTest {

    @TempDir
    static Path dir;

    static PtyPair line;
    static ModbusSlave slave;
    static SimpleProcessImage unit3;
    static SimpleProcessImage unit5;
    static ModbusRtuBus bus;

    @BeforeAll
    static void startBoards() throws Exception {
        line = new PtyPair(dir);
        SerialParameters params = new SerialParameters();
        params.setPortName(line.deviceEnd().toString());
        params.setBaudRate(9600);
        params.setDatabits(8);
        params.setParity(SerialPort.NO_PARITY);
        params.setStopbits(SerialPort.ONE_STOP_BIT);
        params.setEncoding(Modbus.SERIAL_ENCODING_RTU);
        params.setEcho(false);
        slave = ModbusSlaveFactory.createSerialSlave(params);
        unit3 = board(3);
        unit5 = board(5);
        slave.addProcessImage(3, unit3);
        slave.addProcessImage(5, unit5);
        slave.open();
        bus = new ModbusRtuBus(Endpoint.parse("serial:" + line.bridgeEnd() + "?baud=9600", 9600), ModbusSettings.DEFAULT);
    }

    private static SimpleProcessImage board(int unit) {
        SimpleProcessImage image = new SimpleProcessImage(unit);
        image.addRegister(new SimpleRegister(0));
        image.addRegister(new SimpleRegister(0));
        return image;
    }

    @AfterAll
    static void stop() throws Exception {
        if (bus != null) {
            bus.close();
        }
        if (slave != null) {
            ModbusSlaveFactory.close(slave);
        }
        if (line != null) {
            line.close();
        }
    }

    @Test
    void showsAndClearsNumbersOnTheRightBoard() throws Exception {
        bus.show(3, "1023", false);
        assertThat(unit3.getRegister(0).getValue()).isEqualTo(1023);
        assertThat(unit5.getRegister(0).getValue()).isZero();

        bus.show(5, "A023", false);
        assertThat(unit5.getRegister(0).getValue()).isEqualTo(23);

        bus.show(5, "A024", true);
        assertThat(unit5.getRegister(0).getValue()).isEqualTo(24);

        bus.clear(3);
        assertThat(unit3.getRegister(0).getValue()).isZero();
        assertThat(unit5.getRegister(0).getValue()).isEqualTo(24);
    }

    /** What a board shows is read back (function 03), so a refresh need not write, and flash. */
    @Test
    void readsBackWhatABoardShows() throws Exception {
        bus.show(3, "A023", false);
        assertThat(bus.shows(3, "A023")).isTrue();
        assertThat(bus.shows(3, "A024")).isFalse();
        assertThat(bus.shows(3, "")).isFalse();

        unit3.getRegister(0).setValue(0); // the board lost power: it came back blank
        assertThat(bus.shows(3, "A023")).isFalse();
        assertThat(bus.shows(3, "")).isTrue();
        assertThatThrownBy(() -> bus.shows(9, "1")).as("a missing board: the write that follows says so")
                .isInstanceOf(BoardException.class);
    }

    @Test
    void aMissingBoardIsReportedNotWaitedFor() throws Exception {
        long start = System.nanoTime();
        assertThatThrownBy(() -> bus.show(9, "1001", false)).isInstanceOf(BoardException.class)
                .hasMessageContaining("no answer from modbus unit 9");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        // and the line still works for the boards that are there
        bus.show(3, "2001", false);
        assertThat(unit3.getRegister(0).getValue()).isEqualTo(2001);
    }

    @Test
    void aBoardThatRefusesIsReported() throws Exception {
        ModbusRtuBus wrongRegister = new ModbusRtuBus(Endpoint.parse("serial:" + line.bridgeEnd(), 9600),
                new ModbusSettings(7, 250, 4));
        try {
            // the board has registers 0 and 1 only: j2mod answers exception 2 (illegal data address)
            assertThatThrownBy(() -> wrongRegister.show(3, "1", false)).isInstanceOf(BoardException.class)
                    .hasMessageContaining("refused the write: exception code 2");
            // nor can it be read there: a board that refuses a read cannot tell what it shows
            assertThat(wrongRegister.shows(5, "1")).isNull();
        } finally {
            wrongRegister.close();
        }
    }
}
