package org.onedoor.bridge.display;

/**
 * CRC-16/MODBUS: polynomial 0xA001 (0x8005 reflected), initial value 0xFFFF, no final xor; sent
 * low byte first at the end of every RTU frame.
 */
public final class Crc16Modbus {

    private Crc16Modbus() {
    }

    public static int of(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc ^= data[i] & 0xff;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    /** True when the last two bytes of {@code frame} are the CRC of the bytes before them. */
    public static boolean checks(byte[] frame) {
        if (frame.length < 3) {
            return false;
        }
        int crc = of(frame, 0, frame.length - 2);
        return (frame[frame.length - 2] & 0xff) == (crc & 0xff) && (frame[frame.length - 1] & 0xff) == crc >>> 8;
    }

    /** {@code body} followed by its CRC, low byte first. */
    public static byte[] append(byte[] body) {
        byte[] frame = java.util.Arrays.copyOf(body, body.length + 2);
        int crc = of(body, 0, body.length);
        frame[body.length] = (byte) crc;
        frame[body.length + 1] = (byte) (crc >>> 8);
        return frame;
    }
}
