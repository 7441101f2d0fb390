package org.onedoor.bridge.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;

/**
 * A serial port through jSerialComm. The port is opened by its path ({@link SerialPort#getCommPort}),
 * not looked up in {@code getCommPorts()}: that list misses symlinks such as udev rules' stable names
 * and socat's pseudo-terminal links.
 */
final class SerialLink implements ByteLink {

    /** Short read slices: a read returns within this when nothing comes, so deadlines stay exact. */
    private static final int READ_SLICE_MILLIS = 20;

    private final SerialPort port;
    private final String name;

    SerialLink(Endpoint.Serial endpoint, int writeTimeoutMillis) throws IOException {
        name = endpoint.port();
        try {
            port = SerialPort.getCommPort(endpoint.port());
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("no serial port " + endpoint.port() + ": " + e.getMessage(), e);
        }
        port.setComPortParameters(endpoint.baud(), endpoint.dataBits(),
                endpoint.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT, switch (endpoint.parity()) {
                    case NONE -> SerialPort.NO_PARITY;
                    case EVEN -> SerialPort.EVEN_PARITY;
                    case ODD -> SerialPort.ODD_PARITY;
                });
        port.setFlowControl(switch (endpoint.flow()) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTSCTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XONXOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        });
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_SLICE_MILLIS, writeTimeoutMillis);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + name + " (error " + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public void write(byte[] data) throws IOException {
        int done = 0;
        while (done < data.length) {
            int n = port.writeBytes(data, data.length - done, done);
            if (n <= 0) {
                throw new IOException("cannot write to serial port " + name + " (error " + port.getLastErrorCode() + ")");
            }
            done += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutMillis) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            int n = port.readBytes(buffer, length, offset);
            if (n < 0) {
                throw new IOException("cannot read from serial port " + name + " (error " + port.getLastErrorCode() + ")");
            }
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    @Override
    public void drain() throws IOException {
        byte[] junk = new byte[256];
        int available;
        while ((available = port.bytesAvailable()) > 0) {
            if (port.readBytes(junk, Math.min(available, junk.length)) < 0) {
                throw new IOException("cannot read from serial port " + name);
            }
        }
    }

    @Override
    public void close() {
        port.closePort();
    }
}
