package org.onedoor.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A thermal printer on TCP port 9100, as the bridge sees one: it reads the ESC/POS stream command by
 * command (so picture bytes are never taken for commands), answers {@code DLE EOT} status queries,
 * and keeps every ticket it cut. Tests hook in at two moments: a ticket has been cut, and the
 * bridge asks for the paper status after a ticket (it has done its bookkeeping by then).
 */
public final class FakeTcpPrinter implements AutoCloseable {

    /** DLE EOT 4 answers: paper present; bits 2-3 near end; bits 5-6 out. Bits 1 and 4 are always set. */
    public static final int PAPER_OK = 0x12;

    private final ServerSocket listener;
    private final List<byte[]> tickets = new CopyOnWriteArrayList<>();
    private volatile int paperStatus = PAPER_OK;
    private volatile Runnable onTicket = () -> { };
    private volatile Runnable onStatusAfterTicket = () -> { };

    public FakeTcpPrinter() {
        try {
            listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::acceptLoop, "fake-printer");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Every ticket cut so far, ESC @ to the cut, in order. */
    public List<byte[]> tickets() {
        return List.copyOf(tickets);
    }

    public void paperStatus(int status) {
        paperStatus = status;
    }

    public void onTicket(Runnable hook) {
        onTicket = hook;
    }

    public void onStatusAfterTicket(Runnable hook) {
        onStatusAfterTicket = hook;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread t = new Thread(() -> serve(client), "fake-printer-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client; DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
                OutputStream out = client.getOutputStream()) {
            ByteArrayOutputStream ticket = new ByteArrayOutputStream();
            boolean ticketJustCut = false;
            while (true) {
                int b = in.readUnsignedByte();
                if (b == 0x10 && peek(in) == 0x04) { // DLE EOT n: real-time status, not part of a ticket
                    in.readUnsignedByte();
                    int n = in.readUnsignedByte();
                    if (n == 4 && ticketJustCut) {
                        onStatusAfterTicket.run();
                    }
                    out.write(n == 4 ? paperStatus : PAPER_OK);
                    out.flush();
                    continue;
                }
                ticket.write(b);
                if (b == 0x1b) {
                    int c = in.readUnsignedByte();
                    ticket.write(c);
                    if (c == 0x40) { // ESC @: a new ticket starts
                        ticket.reset();
                        ticket.write(new byte[] {0x1b, 0x40});
                        ticketJustCut = false;
                    } else {
                        copy(in, ticket, 1); // ESC d n, and the other one-argument commands we send
                    }
                } else if (b == 0x1d) {
                    int c = in.readUnsignedByte();
                    ticket.write(c);
                    if (c == 0x76) { // GS v 0 m xL xH yL yH, then the picture
                        byte[] head = copy(in, ticket, 6);
                        int width = (head[2] & 0xff) | (head[3] & 0xff) << 8;
                        int height = (head[4] & 0xff) | (head[5] & 0xff) << 8;
                        copy(in, ticket, width * height);
                    } else if (c == 0x28) { // GS ( k pL pH data
                        byte[] head = copy(in, ticket, 3);
                        copy(in, ticket, (head[1] & 0xff) | (head[2] & 0xff) << 8);
                    } else if (c == 0x56) { // GS V m [n]: the cut ends the ticket
                        int m = copy(in, ticket, 1)[0] & 0xff;
                        if (m == 0x41 || m == 0x42) {
                            copy(in, ticket, 1);
                        }
                        tickets.add(ticket.toByteArray());
                        ticket.reset();
                        ticketJustCut = true;
                        onTicket.run();
                    }
                }
            }
        } catch (EOFException e) {
            // the bridge closed the connection: it connects again for the next job
        } catch (IOException e) {
            // reset
        }
    }

    private static int peek(DataInputStream in) throws IOException {
        in.mark(1);
        int next = in.read();
        in.reset();
        return next;
    }

    private static byte[] copy(DataInputStream in, ByteArrayOutputStream to, int count) throws IOException {
        byte[] bytes = new byte[count];
        in.readFully(bytes);
        to.write(bytes);
        return bytes;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
