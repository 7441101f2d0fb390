package org.onedoor.bridge.display;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import org.onedoor.bridge.transport.ByteLink;
import org.onedoor.bridge.transport.Endpoint;
import org.onedoor.bridge.transport.Links;

/**
 * Numeric LED boards on a Modbus RTU line: the number goes to one holding register with function
 * 06 (write single register), unit id = the board's address. A board answers with an echo of the
 * request, which is checked; no answer within the timeout gets one retry. Clear writes 0 (the
 * boards blank themselves on 0); a recall writes the number again (the boards flash on a write).
 * What a board shows can be read back with function 03 (read holding registers), so the server's
 * regular "this is what you show" needs no write, and no flash, unless the board lost it.
 */
public final class ModbusRtuBus implements DisplayBus {

    static final int WRITE_SINGLE_REGISTER = 0x06;
    static final int READ_HOLDING_REGISTERS = 0x03;

    private final Endpoint endpoint;
    private final ModbusSettings settings;
    private ByteLink link;
    /**
     * Boards that refused a read (function 03 not implemented), or ignored one and then took a
     * write: not asked again (a silent board costs a timeout on the line at every refresh).
     */
    private final java.util.Set<Integer> unreadable = new java.util.HashSet<>();
    /** Boards whose last read got no answer: unreadable if a write then reaches them. */
    private final java.util.Set<Integer> readUnanswered = new java.util.HashSet<>();

    public ModbusRtuBus(Endpoint endpoint, ModbusSettings settings) {
        this.endpoint = endpoint;
        this.settings = settings;
    }

    @Override
    public void show(int address, String text, boolean recall) throws IOException {
        int number;
        try {
            number = LedNumber.of(text, settings.digits());
        } catch (IllegalArgumentException e) {
            throw new BoardException(e.getMessage());
        }
        writeRegister(address, number);
    }

    @Override
    public void clear(int address) throws IOException {
        writeRegister(address, 0);
    }

    @Override
    public Boolean shows(int address, String text) throws IOException {
        if (unreadable.contains(address)) {
            return null;
        }
        int expected;
        try {
            expected = text.isEmpty() ? 0 : LedNumber.of(text, settings.digits());
        } catch (IllegalArgumentException e) {
            return false; // the write says why
        }
        byte[] request = Crc16Modbus.append(new byte[] {(byte) address, READ_HOLDING_REGISTERS,
            (byte) (settings.register() >> 8), (byte) settings.register(), 0, 1});
        try {
            byte[] reply = exchange(request, address, 7, 1); // asked once: the write that follows a miss retries
            if ((reply[1] & 0xff) != READ_HOLDING_REGISTERS || (reply[2] & 0xff) != 2) {
                throw new Refused("modbus unit " + address + " answered the read with " + HexFormat.ofDelimiter(" ").formatHex(reply));
            }
            readUnanswered.remove(address);
            return ((reply[3] & 0xff) << 8 | reply[4] & 0xff) == expected;
        } catch (Refused e) {
            unreadable.add(address);
            return null;
        } catch (NoAnswer e) {
            readUnanswered.add(address); // a dead board, or one that ignores reads: the write tells
            throw e;
        }
    }

    @Override
    public void probe() throws IOException {
        link();
    }

    @Override
    public int minAddress() {
        return 1;
    }

    @Override
    public int maxAddress() {
        return 247; // the Modbus unit ids a slave may have
    }

    /** The request frame: unit, 06, register (2 bytes), value (2 bytes), CRC (low byte first). */
    public static byte[] writeSingleRegister(int unit, int register, int value) {
        return Crc16Modbus.append(new byte[] {(byte) unit, WRITE_SINGLE_REGISTER, (byte) (register >> 8), (byte) register,
            (byte) (value >> 8), (byte) value});
    }

    void writeRegister(int unit, int value) throws IOException {
        byte[] request = writeSingleRegister(unit, settings.register(), value);
        byte[] reply = exchange(request, unit, 8, 2);
        if (!Arrays.equals(reply, request)) {
            throw new Refused("modbus unit " + unit + " answered " + HexFormat.ofDelimiter(" ").formatHex(reply)
                    + " instead of the echo");
        }
        if (readUnanswered.remove(unit)) {
            unreadable.add(unit); // it takes writes but ignores reads
        }
    }

    /** Sends a request and reads its answer of {@code length} bytes, asking again when none comes, up to {@code attempts} times. */
    private byte[] exchange(byte[] request, int unit, int length, int attempts) throws IOException {
        IOException failure = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                ByteLink line = link();
                line.drain();
                line.write(request);
                return readReply(line, unit, length);
            } catch (NoAnswer e) {
                failure = e; // a board can miss a frame on a noisy line: ask once more
            } catch (Refused e) {
                throw e; // the board heard us and said no: asking again changes nothing
            } catch (IOException e) {
                closeLink(); // the line itself broke (unplugged adapter, dropped TCP): reopen and retry
                failure = e;
            }
        }
        throw failure;
    }

    /** Reads a reply: {@code length} bytes (a write's echo: 8), or a 5-byte exception answer (function | 0x80, code, CRC). */
    private byte[] readReply(ByteLink line, int unit, int length) throws IOException {
        byte[] head = line.readUpTo(2, settings.timeoutMillis());
        if (head.length < 2) {
            throw new NoAnswer("no answer from modbus unit " + unit);
        }
        boolean exception = (head[1] & 0x80) != 0;
        byte[] tail = line.readUpTo(exception ? 3 : length - 2, settings.timeoutMillis());
        byte[] reply = new byte[head.length + tail.length];
        System.arraycopy(head, 0, reply, 0, 2);
        System.arraycopy(tail, 0, reply, 2, tail.length);
        if (!Crc16Modbus.checks(reply)) {
            throw new NoAnswer("bad CRC in the answer from modbus unit " + unit);
        }
        if ((reply[0] & 0xff) != unit) {
            throw new NoAnswer("answer from modbus unit " + (reply[0] & 0xff) + " instead of " + unit);
        }
        if (exception) {
            String what = (reply[1] & 0x7f) == WRITE_SINGLE_REGISTER ? "write" : "read";
            throw new Refused("modbus unit " + unit + " refused the " + what + ": exception code " + (reply[2] & 0xff)
                    + describeException(reply[2] & 0xff));
        }
        return reply;
    }

    private static String describeException(int code) {
        return switch (code) {
            case 1 -> " (illegal function)";
            case 2 -> " (illegal data address: check modbus.register)";
            case 3 -> " (illegal data value)";
            case 4 -> " (device failure)";
            default -> "";
        };
    }

    private ByteLink link() throws IOException {
        if (link == null) {
            link = Links.open(endpoint, 2000);
        }
        return link;
    }

    private void closeLink() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

    @Override
    public void close() {
        closeLink();
    }

    /** The board answered, but not with the echo. */
    private static final class Refused extends BoardException {
        Refused(String message) {
            super(message);
        }
    }

    /** Nothing (or garbage) came back in time: worth one retry, unlike a board's refusal. */
    private static final class NoAnswer extends BoardException {
        NoAnswer(String message) {
            super(message);
        }
    }
}
