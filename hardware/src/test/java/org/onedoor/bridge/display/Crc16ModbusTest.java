package org.onedoor.bridge.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.ghgande.j2mod.modbus.util.ModbusUtil;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16ModbusTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void catalogueCheckValue() {
        // the CRC catalogue's check value of CRC-16/MODBUS over the ASCII string "123456789"
        byte[] digits = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16Modbus.of(digits, 0, digits.length)).isEqualTo(0x4B37);
    }

    @Test
    void publishedFrames() {
        // read holding register 0 of unit 1: the well-known frame 01 03 00 00 00 01 84 0A
        assertThat(Crc16Modbus.append(bytes(0x01, 0x03, 0x00, 0x00, 0x00, 0x01)))
                .containsExactly(bytes(0x01, 0x03, 0x00, 0x00, 0x00, 0x01, 0x84, 0x0A));
        // write 1 to register 0 of unit 1: 01 06 00 00 00 01 48 0A
        assertThat(ModbusRtuBus.writeSingleRegister(1, 0, 1))
                .containsExactly(bytes(0x01, 0x06, 0x00, 0x00, 0x00, 0x01, 0x48, 0x0A));
        // the Modicon guide's write-single-register example: unit 0x11, register 1, value 3
        assertThat(ModbusRtuBus.writeSingleRegister(0x11, 1, 3))
                .containsExactly(bytes(0x11, 0x06, 0x00, 0x01, 0x00, 0x03, 0x9A, 0x9B));
    }

    @Test
    void agreesWithAnIndependentImplementation() {
        byte[] frame = bytes(0x03, 0x06, 0x00, 0x00, 0x03, 0xFF);
        int[] j2mod = ModbusUtil.calculateCRC(frame, 0, frame.length); // {low byte, high byte}
        int ours = Crc16Modbus.of(frame, 0, frame.length);
        assertThat(new int[] {ours & 0xff, ours >>> 8}).containsExactly(j2mod);
    }

    @Test
    void checksFrames() {
        assertThat(Crc16Modbus.checks(bytes(0x01, 0x03, 0x00, 0x00, 0x00, 0x01, 0x84, 0x0A))).isTrue();
        assertThat(Crc16Modbus.checks(bytes(0x01, 0x03, 0x00, 0x00, 0x00, 0x02, 0x84, 0x0A))).isFalse();
        assertThat(Crc16Modbus.checks(bytes(0x01))).isFalse();
    }
}
