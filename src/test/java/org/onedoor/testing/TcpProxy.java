package org.onedoor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between a browser and the test server that can cut the network: kill every open
 * connection at once (as a switch losing power does) and refuse new ones until it is back. The
 * screen under test cannot tell it from a real outage.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    /** Connections holding bytes the stall kept back: a {@link #restoreDroppingHeld()} never delivers them. */
    private final Set<Socket> holding = ConcurrentHashMap.newKeySet();
    private final Set<Socket> lost = ConcurrentHashMap.newKeySet();
    /** Each relayed socket's other end. */
    private final Map<Socket, Socket> partners = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile boolean stalled;

    public TcpProxy(int targetPort) {
        try {
            this.target = targetPort;
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::acceptLoop, "tcp-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Cuts every open connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        down = true;
        for (Socket s : open) {
            try {
                s.setSoLinger(true, 0); // a reset, not a polite goodbye
            } catch (IOException e) {
                // closed already
            }
            closeQuietly(s);
        }
        open.clear();
    }

    /**
     * The network stalls without a reset, as when a host freezes or a cable is pulled: open
     * connections stop carrying bytes and new ones are accepted but reach nothing, until
     * {@link #restore()}, when everything held goes through.
     */
    public void stall() {
        stalled = true;
    }

    public void restore() {
        down = false;
        stalled = false;
    }

    /**
     * The network comes back, but what a connection sent during the stall is lost without a reset
     * (a router that forgot its state, a Wi-Fi that roamed): those connections stay silent forever,
     * idle ones are closed, new ones work. A request on a lost connection gets no answer, ever.
     */
    public void restoreDroppingHeld() {
        Set<Socket> kept = new HashSet<>(holding);
        holding.forEach(s -> kept.add(partners.get(s)));
        for (Socket s : open) {
            if (!kept.contains(s)) {
                closeQuietly(s);
            }
        }
        lost.addAll(holding);
        restore();
    }

    private void waitWhileStalled(Socket from) throws InterruptedException {
        if (stalled) {
            holding.add(from);
        }
        while (stalled || lost.contains(from)) {
            Thread.sleep(20);
        }
        holding.remove(from);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                open.add(client);
                Thread connect = new Thread(() -> connect(client), "tcp-proxy-connect");
                connect.setDaemon(true);
                connect.start();
            } catch (IOException e) {
                // listener closed, or the server refused: the browser sees a failed connection
            }
        }
    }

    private void connect(Socket client) {
        try {
            waitWhileStalled(client);
            Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
            open.add(server);
            partners.put(client, server);
            partners.put(server, client);
            pipe(client, server);
            pipe(server, client);
        } catch (IOException | InterruptedException e) {
            // the server refused: the client sees a failed connection
            closeQuietly(client);
            open.remove(client);
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    waitWhileStalled(from);
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // cut, or closed by the other side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
