import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Walks the server-to-client frames of one WebSocket (RFC 6455) without decoding them: headers
 * are parsed, payloads skipped, except a control frame's payload (ping, close) and the first 48
 * bytes of a text message, where a floor event has its {@code seq}. The state survives between
 * reads, so a frame may arrive in any number of pieces.
 */
final class FrameWalker {

    /** What the walker reports; called on the reading thread. */
    interface Listener {
        /** A text message began; {@code head} holds (up to) its first 48 characters. */
        void text(String head);

        void ping(byte[] payload, int length);

        void close(int code);
    }

    private final byte[] header = new byte[14];
    private int headerHave;
    private int headerNeed = 2;
    private long payloadLeft;
    private int opcode;
    private final byte[] control = new byte[125];
    private int controlHave;
    private final byte[] head = new byte[48];
    private int headHave;
    private boolean stopped;

    /** Back to the start of a frame: a new connection. */
    void reset() {
        headerHave = 0;
        headerNeed = 2;
        payloadLeft = 0;
        stopped = false;
    }

    /** Consumes the buffer's bytes, reporting complete frames, until the buffer is empty or a close frame ends it. */
    void walk(ByteBuffer in, Listener listener) {
        while (in.hasRemaining() && !stopped) {
            if (headerHave < headerNeed) {
                header[headerHave++] = in.get();
                if (headerHave == 2) {
                    int len7 = header[1] & 0x7f;
                    headerNeed = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + ((header[1] & 0x80) != 0 ? 4 : 0);
                }
                if (headerHave == headerNeed) {
                    startPayload(listener);
                }
                continue;
            }
            int n = (int) Math.min(payloadLeft, in.remaining());
            if (opcode >= 8) {
                int keep = Math.min(n, control.length - controlHave);
                in.get(control, controlHave, keep);
                controlHave += keep;
                in.position(in.position() + n - keep);
            } else if (opcode == 1 && headHave < head.length) {
                int keep = Math.min(n, head.length - headHave);
                in.get(head, headHave, keep);
                headHave += keep;
                in.position(in.position() + n - keep);
            } else {
                in.position(in.position() + n);
            }
            payloadLeft -= n;
            if (payloadLeft == 0) {
                endFrame(listener);
            }
        }
    }

    private void startPayload(Listener listener) {
        int len7 = header[1] & 0x7f;
        long length = len7;
        if (len7 == 126 || len7 == 127) {
            length = 0;
            for (int i = 2; i < (len7 == 126 ? 4 : 10); i++) {
                length = (length << 8) | (header[i] & 0xff);
            }
        }
        opcode = header[0] & 0x0f;
        payloadLeft = length;
        controlHave = 0;
        headHave = 0;
        if (length == 0) {
            endFrame(listener);
        }
    }

    private void endFrame(Listener listener) {
        headerHave = 0;
        headerNeed = 2;
        switch (opcode) {
            case 1 -> listener.text(new String(head, 0, headHave, StandardCharsets.US_ASCII));
            case 9 -> listener.ping(control, controlHave);
            case 8 -> {
                stopped = true;
                listener.close(controlHave >= 2 ? ((control[0] & 0xff) << 8) | (control[1] & 0xff) : 1005);
            }
            default -> { } // a continuation or a pong: nothing to keep
        }
    }
}
