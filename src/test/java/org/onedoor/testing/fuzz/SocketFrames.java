package org.onedoor.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Malformed WebSocket traffic: texts the endpoints do not expect (including bridge frames of the
 * right type with wrong contents), text that is not UTF-8, binary frames, broken fragmentation,
 * oversized control frames, unknown opcodes, reserved bits, unmasked frames.
 */
public final class SocketFrames {

    /** One frame to send as is. */
    public record Frame(int opcode, byte[] payload, boolean fin, boolean masked, int rsv, String what) {
    }

    private static final List<String> TEXTS = List.of("", "ping", "{", "null", "[]", "42", "\"Hello\"",
            "{\"type\":null}", "{\"type\":[\"Hello\"]}", "{\"type\":{\"a\":1}}", "{\"type\":\"Print\",\"job\":{}}",
            "{\"type\":\"Hello\",\"printers\":5,\"displays\":{\"a\":1}}",
            "{\"type\":\"Hello\",\"printers\":[\"a\\u0000b\",null,1,{}],\"displays\":[\"modbus\",\"tcp:\\u0000:1\"]}",
            "{\"type\":\"Ack\",\"job\":123,\"ok\":\"yes\"}", "{\"type\":\"Ack\",\"job\":\"../../x\",\"ok\":false,\"reason\":{\"x\":1}}",
            "{\"type\":\"Ack\",\"job\":\"" + UUID.randomUUID() + "\",\"ok\":true,\"reason\":\"\\u0000\"}",
            "{\"type\":\"Ack\"}", "{\"type\":\"Health\",\"printers\":\"x\",\"displays\":7}",
            "{\"type\":\"Health\",\"printers\":[{\"name\":\"a\\u0000b\",\"online\":\"maybe\",\"paper\":5,\"error\":\"\\u0000\"}]}",
            "{\"type\":\"Health\",\"printers\":[{\"name\":{},\"online\":true,\"paper\":\"OUT\",\"error\":[1]}],\"displays\":[{\"name\":[]}]}",
            "{\"type\":\"Hello\"}{\"type\":\"Ack\"}", "\u0000\u0001\u0002", "\ud83d\ude00 Xin chào", "{'type':'Hello'}");

    private final Random random;

    public SocketFrames(long seed) {
        this.random = new Random(seed);
    }

    public Frame next() {
        return switch (random.nextInt(14)) {
            case 0, 1, 2, 3 -> text(BadValues.pick(TEXTS, random));
            case 4 -> text(manyNames());
            case 5 -> text(RequestFactory.deep(random.nextBoolean() ? 2_000 : 7_000));
            case 6 -> new Frame(RawWebSocket.TEXT, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE}, true, true, 0,
                    "text that is not UTF-8");
            case 7 -> new Frame(RawWebSocket.BINARY, bytes(random.nextInt(2_000)), true, true, 0, "binary");
            case 8 -> new Frame(RawWebSocket.TEXT, utf8("{\"type\":\"Hel"), false, true, 0, "first fragment only");
            case 9 -> new Frame(RawWebSocket.CONTINUATION, utf8("lo\"}"), true, true, 0, "continuation");
            case 10 -> new Frame(RawWebSocket.PING, bytes(random.nextBoolean() ? 10 : 200), true, true, 0, "ping");
            case 11 -> new Frame(BadValues.pick(List.of(0x3, 0x7, 0xB, 0xF), random), bytes(8), true, true, 0, "unknown opcode");
            case 12 -> new Frame(RawWebSocket.TEXT, utf8("ping"), true, random.nextBoolean(), random.nextInt(8), "reserved bits or unmasked");
            default -> new Frame(RawWebSocket.CLOSE, random.nextBoolean() ? new byte[] {1} : new byte[] {0x03, (byte) 0xE7},
                    true, true, 0, "malformed close");
        };
    }

    /** A Hello with more printer and display names than any bridge has, still under the frame limit. */
    private String manyNames() {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            names.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
        }
        return "{\"type\":\"" + BadValues.pick(List.of("Hello", "Health"), random) + "\",\"printers\":[" + names
                + "],\"displays\":[" + names + "]}";
    }

    private Frame text(String text) {
        String what = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
        return new Frame(RawWebSocket.TEXT, utf8(text), true, true, 0, "text " + what);
    }

    private byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
