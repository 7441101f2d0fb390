package org.onedoor.bridge.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onedoor.bridge.config.ConfigException;
import org.onedoor.bridge.config.VendorFormats;
import org.onedoor.bridge.display.Crc16Modbus;
import org.onedoor.bridge.display.VendorFormat;

/**
 * A bus of LED counter displays behind a serial-to-TCP converter, for demos and tests. In Modbus
 * mode every unit id answers (as a bus full of boards would): function 06 frames with a good CRC
 * are echoed and shown, function 03 reads the value back. In vendor mode frames of the configured
 * {@link VendorFormat} are shown; nothing is answered.
 */
public final class VirtualDisplay implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(VirtualDisplay.class.getName());

    private final ServerSocket server;
    private final boolean modbus;
    private final VendorFormat vendor;
    private final Map<Integer, String> shown = new ConcurrentHashMap<>();

    private VirtualDisplay(ServerSocket server, boolean modbus, VendorFormat vendor) {
        this.server = server;
        this.modbus = modbus;
        this.vendor = vendor;
    }

    /**
     * @param config the bridge's keys; only {@code vendor.*} are read, for the vendor frame
     */
    public static VirtualDisplay start(String host, int port, String protocol, Map<String, String> config)
            throws IOException, ConfigException {
        VendorFormat vendor = VendorFormats.from(config);
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(host, port));
        VirtualDisplay display = new VirtualDisplay(server, protocol.equals("modbus"), vendor);
        Thread thread = new Thread(display::serve, "virtual-display");
        thread.setDaemon(true);
        thread.start();
        LOG.log(Level.INFO, "virtual " + protocol + " display bus on port " + display.port()
                + (protocol.equals("modbus") ? "" : ", " + vendor));
        return display;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** What each address shows now ("" when cleared). */
    public Map<Integer, String> shown() {
        return Map.copyOf(shown);
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread thread = new Thread(() -> handle(client), "virtual-display-client");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.WARNING, "accept: " + e.getMessage());
                }
            }
        }
    }

    private void handle(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            byte[] chunk = new byte[256];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                pending.write(chunk, 0, n);
                byte[] rest = modbus ? modbusFrames(pending.toByteArray(), out) : vendorFrames(pending.toByteArray());
                pending.reset();
                pending.write(rest);
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "client: " + e.getMessage());
        }
    }

    /** Handles every whole frame at the start of {@code bytes}; returns what is left for later. */
    private byte[] modbusFrames(byte[] bytes, OutputStream out) throws IOException {
        int at = 0;
        while (bytes.length - at >= 8) {
            byte[] frame = Arrays.copyOfRange(bytes, at, at + 8);
            int unit = frame[0] & 0xff;
            int function = frame[1] & 0xff;
            if (!Crc16Modbus.checks(frame) || (function != 0x06 && function != 0x03)) {
                at++; // not a frame start (noise, a bad CRC): a real slave waits for the next silence
                continue;
            }
            int value = (frame[4] & 0xff) << 8 | frame[5] & 0xff;
            if (function == 0x06) {
                show(unit, value == 0 ? "" : Integer.toString(value));
                out.write(frame); // the echo a real slave sends
            } else {
                out.write(readReply(unit, value));
            }
            out.flush();
            at += 8;
        }
        return Arrays.copyOfRange(bytes, at, bytes.length);
    }

    /** A function 03 answer: every register read holds the number shown. */
    private byte[] readReply(int unit, int count) {
        int registers = Math.max(1, Math.min(count, 125));
        byte[] body = new byte[3 + 2 * registers];
        body[0] = (byte) unit;
        body[1] = 0x03;
        body[2] = (byte) (2 * registers);
        String text = shown.getOrDefault(unit, "");
        int value = text.isEmpty() ? 0 : Integer.parseInt(text);
        for (int i = 0; i < registers; i++) {
            body[3 + 2 * i] = (byte) (value >> 8);
            body[4 + 2 * i] = (byte) value;
        }
        return Crc16Modbus.append(body);
    }

    private byte[] vendorFrames(byte[] bytes) {
        int length = vendor.frameLength();
        int at = 0;
        while (bytes.length - at >= length) {
            VendorFormat.Decoded frame = vendor.decode(Arrays.copyOfRange(bytes, at, at + length));
            if (frame == null) {
                at++;
                continue;
            }
            show(frame.address(), frame.text().trim());
            at += length;
        }
        return Arrays.copyOfRange(bytes, at, bytes.length);
    }

    private void show(int address, String text) {
        shown.put(address, text);
        LOG.log(Level.INFO, text.isEmpty() ? "display " + address + " cleared" : "display " + address + " shows " + text);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
