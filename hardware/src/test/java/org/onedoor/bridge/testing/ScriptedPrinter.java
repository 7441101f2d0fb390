package org.onedoor.bridge.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A network printer that does what a test tells it, for the cases the virtual printer cannot
 * play: one script per connection it accepts, in order. It stops listening once the last one is
 * accepted (later connections are refused, as by a printer switched off), and a script that
 * returns hangs up its connection.
 */
public final class ScriptedPrinter implements AutoCloseable {

    private static final byte[] QUESTION = {0x10, 0x04, 0x04};

    /** What the printer does on one connection. */
    @FunctionalInterface
    public interface Script {
        void run(Talk talk) throws IOException;
    }

    private final ServerSocket server;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile Socket client;
    private volatile boolean closed;

    private ScriptedPrinter(ServerSocket server) {
        this.server = server;
    }

    public static ScriptedPrinter start(Script... connections) throws IOException {
        ScriptedPrinter printer = new ScriptedPrinter(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()));
        Thread thread = new Thread(() -> printer.serve(List.of(connections)), "scripted-printer");
        thread.setDaemon(true);
        thread.start();
        return printer;
    }

    public String endpoint() {
        return "tcp:127.0.0.1:" + server.getLocalPort();
    }

    /** What went wrong in a script (the bridge sent something else than expected), or null. */
    public Throwable failure() {
        return failure.get();
    }

    private void serve(List<Script> scripts) {
        try {
            for (int i = 0; i < scripts.size(); i++) {
                try (Socket accepted = server.accept()) {
                    client = accepted;
                    if (i == scripts.size() - 1) {
                        server.close();
                    }
                    scripts.get(i).run(new Talk(accepted));
                }
            }
        } catch (IOException | RuntimeException | AssertionError e) {
            if (!closed) { // not the end of the test
                failure.compareAndSet(null, e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        Socket last = client;
        if (last != null) {
            last.close();
        }
    }

    /** One connection as a script sees it. */
    public static final class Talk {
        private final Socket socket;
        private final DataInputStream in;
        private final OutputStream out;

        Talk(Socket socket) throws IOException {
            this.socket = socket;
            in = new DataInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        /** Takes a paper question and answers "paper OK". */
        public void answer() throws IOException {
            question();
            out.write(0x12);
            out.flush();
        }

        /** Takes a paper question and answers "paper out" (roll sensor bits 5 and 6 set). */
        public void answerPaperOut() throws IOException {
            question();
            out.write(0x12 | 0x60);
            out.flush();
        }

        /** Takes a paper question and says nothing, like a printer too busy to hear it. */
        public void ignore() throws IOException {
            question();
        }

        /** Takes a ticket of this many bytes (its picture holds 10 04 04 on purpose: not a question). */
        public void ticket(int length) throws IOException {
            in.readFully(new byte[length]);
        }

        /** Stays connected and never answers again, until the bridge hangs up. */
        public void mute() throws IOException {
            in.transferTo(OutputStream.nullOutputStream());
        }

        /**
         * Takes a ticket of a length not known beforehand (a picture drawn by the bridge), then
         * answers the paper question that follows it with "paper OK": the question is the last
         * bytes before the line goes quiet (the picture itself may hold them).
         */
        public void ticketThenAnswer() throws IOException {
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            socket.setSoTimeout(300);
            byte[] chunk = new byte[4096];
            while (true) {
                try {
                    int n = in.read(chunk);
                    if (n < 0) {
                        throw new java.io.EOFException("the bridge hung up after " + got.size() + " bytes");
                    }
                    got.write(chunk, 0, n);
                } catch (java.net.SocketTimeoutException quiet) {
                    byte[] all = got.toByteArray();
                    if (all.length > QUESTION.length
                            && Arrays.equals(Arrays.copyOfRange(all, all.length - QUESTION.length, all.length), QUESTION)) {
                        out.write(0x12);
                        out.flush();
                        return;
                    }
                }
            }
        }

        private void question() throws IOException {
            byte[] got = new byte[QUESTION.length];
            in.readFully(got);
            if (!Arrays.equals(got, QUESTION)) {
                throw new AssertionError("expected DLE EOT 4, got " + Arrays.toString(got));
            }
        }
    }
}
