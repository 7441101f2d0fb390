package org.onedoor.testing.fuzz;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A WebSocket client written on a plain socket, so a test can send what no proper client sends:
 * text that is not UTF-8, unknown opcodes, control frames that are too long, unmasked frames,
 * stray continuations. It reads just enough of the answer to know whether the socket still lives.
 */
public final class RawWebSocket implements AutoCloseable {

    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CONTINUATION = 0x0;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    /** The code of the close frame the server sent, or -1 while it has sent none. */
    private int closeCode = -1;
    /** The server's answer to the upgrade: status line and headers. */
    private String head = "";

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Opens the socket at this path and query; null when the server refused the upgrade. */
    public static RawWebSocket open(String pathAndQuery) throws IOException {
        RawWebSocket ws = handshake(pathAndQuery);
        if (!ws.head.startsWith("HTTP/1.1 101")) {
            ws.socket.close();
            return null;
        }
        return ws;
    }

    /**
     * The status the server answers an upgrade at this path and query with, sent as it is (a query
     * java.net.URI would refuse to build, such as a malformed %-escape, included).
     */
    public static int upgradeStatus(String pathAndQuery) throws IOException {
        RawWebSocket ws = handshake(pathAndQuery);
        ws.socket.close();
        String[] statusLine = ws.head.split(" ", 3);
        return statusLine.length < 2 ? -1 : Integer.parseInt(statusLine[1]);
    }

    private static RawWebSocket handshake(String pathAndQuery) throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(5_000);
        RawWebSocket ws = new RawWebSocket(socket);
        String key = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(16));
        ws.out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        ws.head = ws.readHead();
        return ws;
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Sends one frame; {@code masked} false breaks the rule that a client masks every frame. */
    public void send(int opcode, byte[] payload, boolean fin, boolean masked, int rsv) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write((fin ? 0x80 : 0) | (rsv & 0x7) << 4 | opcode & 0xF);
        int mask = masked ? 0x80 : 0;
        if (payload.length < 126) {
            frame.write(mask | payload.length);
        } else if (payload.length < 65_536) {
            frame.write(mask | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length);
        } else {
            frame.write(mask | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >> shift));
            }
        }
        byte[] key = {0x11, 0x22, 0x33, 0x44};
        if (masked) {
            frame.write(key);
        }
        for (int i = 0; i < payload.length; i++) {
            frame.write(masked ? payload[i] ^ key[i % 4] : payload[i]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    public void sendText(String text) throws IOException {
        send(TEXT, text.getBytes(StandardCharsets.UTF_8), true, true, 0);
    }

    /**
     * Reads frames for up to {@code millis}: true if the socket is still open afterwards (the
     * server neither closed it nor sent a close frame). The frames' contents are not kept.
     */
    public boolean alive(int millis) {
        try {
            socket.setSoTimeout(millis);
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return false;
                }
                int second = in.read();
                long length = second & 0x7F;
                if (length == 126) {
                    length = (in.read() << 8) | in.read();
                } else if (length == 127) {
                    length = 0;
                    for (int i = 0; i < 8; i++) {
                        length = (length << 8) | in.read();
                    }
                }
                byte[] payload = in.readNBytes((int) length);
                if ((first & 0xF) == CLOSE) {
                    closeCode = payload.length >= 2 ? (payload[0] & 0xFF) << 8 | payload[1] & 0xFF : 1005;
                    return false;
                }
            }
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public int closeCode() {
        return closeCode;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
