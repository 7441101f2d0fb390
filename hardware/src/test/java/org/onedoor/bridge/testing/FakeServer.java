package org.onedoor.bridge.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The server's end of the bridge socket, for tests (Java-WebSocket): keeps every frame the bridge
 * sent, in order, and sends frames to it. With {@code silent} it stops answering pings, like a
 * connection that died without closing.
 */
public final class FakeServer extends WebSocketServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> frames = new ArrayList<>();
    private final List<String> resources = new ArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile WebSocket current;
    private volatile boolean silent;

    public FakeServer(int port) {
        super(new InetSocketAddress("127.0.0.1", port));
        setReuseAddr(true);
        setConnectionLostTimeout(0); // its own pings would look like life to the bridge
    }

    public static FakeServer begin(int port) throws InterruptedException {
        FakeServer server = new FakeServer(port);
        server.start();
        if (!server.started.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake server did not start");
        }
        return server;
    }

    public void silent(boolean silent) {
        this.silent = silent;
    }

    public void send(String frame) {
        current.send(frame);
    }

    /** Every frame received so far. */
    public synchronized List<JsonNode> frames() {
        return List.copyOf(frames);
    }

    /** The request paths of the connections, with their query. */
    public synchronized List<String> resources() {
        return List.copyOf(resources);
    }

    /** The first frame at index {@code from} or later that matches; fails after {@code timeout}. */
    public synchronized JsonNode await(int from, Predicate<JsonNode> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = from; i < frames.size(); i++) {
                if (match.test(frames.get(i))) {
                    return frames.get(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching frame in " + timeout + "; got " + frames.subList(from, frames.size()));
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    public static Predicate<JsonNode> type(String type) {
        return f -> f.path("type").asText().equals(type);
    }

    public static Predicate<JsonNode> ack(String job) {
        return f -> type("Ack").test(f) && f.path("job").asText().equals(job);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        current = conn;
        synchronized (this) {
            resources.add(handshake.getResourceDescriptor());
        }
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode frame = JSON.readTree(message);
            synchronized (this) {
                frames.add(frame);
                notifyAll();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onWebsocketPing(WebSocket conn, Framedata ping) {
        if (!silent) {
            super.onWebsocketPing(conn, ping);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
