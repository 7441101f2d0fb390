import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The idle floor sockets: thousands of screens that are not measured, only present. A minimal
 * WebSocket client on one NIO selector thread, because decoding every frame of 10,000 sockets
 * with the JDK client cost the generator most of a core that the server it measures needs.
 * Each socket still behaves like a screen: it reads every byte (so TCP back-pressure is real),
 * keeps the last seq from each event's first bytes, answers pings, sends display-ui's heartbeat
 * (a "ping" text frame as it opens and every 20 s, which the server answers with a Pong frame), and reconnects
 * with {@code since=} as display-ui's floor.js does: half a second after a 4000 "resync", else
 * after a jittered back-off that doubles with each failure (0.5–1.5 s, then up to 15.5 s). Frames
 * are skipped, not decoded, except that an event's seq must follow the last one: a hole is
 * counted ({@link SocketCounts#gaps}). All state belongs to the selector thread; other threads post
 * tasks.
 */
final class IdleSockets implements Runnable {

    private static final String SNAPSHOT = "{\"type\":\"Snapshot\"";
    private static final long HANDSHAKE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** display-ui's floor.js HEARTBEAT_MS: 10,000 screens send 500 of these a second. */
    static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(20);
    private static final byte[] HEARTBEAT = "ping".getBytes(StandardCharsets.US_ASCII);
    /** floor.js: RETRY_MIN_MS, RETRY_MAX_MS, STABLE_MS. */
    private static final long RETRY_MIN_MS = 1000;
    private static final long RETRY_MAX_MS = 15000;
    private static final long STABLE_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** One screen: its center's code and its device token. */
    record Screen(String center, String token) {
    }

    private final InetSocketAddress address;
    private final String host;
    private final SocketCounts counts;
    private final ErrorCounts errors;
    private final ScheduledExecutorService timer;
    private volatile int maxHandshakes;
    /** Where reopenings after {@link #dropAll} are timed (selector thread only). */
    private LatencyRecorder reopenTimes = new LatencyRecorder();
    private LatencyRecorder handshakeTimes = new LatencyRecorder();
    private final Selector selector;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<Conn> waiting = new ArrayDeque<>();
    private final List<Conn> all = new ArrayList<>();
    private final ByteBuffer in = ByteBuffer.allocateDirect(1 << 18);
    private int handshaking;
    private volatile boolean stopping;

    IdleSockets(String httpBase, SocketCounts counts, ErrorCounts errors, ScheduledExecutorService timer, int maxHandshakes)
            throws IOException {
        URI uri = URI.create(httpBase);
        this.address = new InetSocketAddress(uri.getHost(), uri.getPort());
        this.host = uri.getHost() + ":" + uri.getPort();
        this.counts = counts;
        this.errors = errors;
        this.timer = timer;
        this.maxHandshakes = maxHandshakes;
        this.selector = Selector.open();
        Thread t = new Thread(this, "idle-sockets");
        t.setDaemon(true);
        t.start();
    }

    /** Opens one socket per entry; counts down as each first attempt ends. */
    CountDownLatch open(List<Screen> targets) {
        CountDownLatch first = new CountDownLatch(targets.size());
        post(() -> targets.forEach(screen -> {
            Conn c = new Conn(screen, first);
            all.add(c);
            connect(c);
        }));
        return first;
    }

    /** Screens are separate machines: in a reconnect storm none waits for another's handshake. */
    void handshakesAtOnce(int max) {
        post(() -> {
            maxHandshakes = max;
            startWaiting();
        });
    }

    /**
     * Every open socket is reset at once, as when the node they were on dies, and each reconnects
     * as after any failure. Each one's reopening records the time since the reset in {@code reopens},
     * and the time its successful handshake took (the server's part) in {@code handshakes}.
     */
    CompletableFuture<Integer> dropAll(LatencyRecorder reopens, LatencyRecorder handshakes) {
        CompletableFuture<Integer> dropped = new CompletableFuture<>();
        post(() -> {
            reopenTimes = reopens;
            handshakeTimes = handshakes;
            long now = System.nanoTime();
            int n = 0;
            for (Conn c : all) {
                if (c.state == State.OPEN) {
                    c.droppedAt = now;
                    try {
                        c.channel.setOption(StandardSocketOptions.SO_LINGER, 0); // a reset, not a goodbye
                    } catch (IOException e) {
                        // closed anyway below
                    }
                    dropped(c, null, false);
                    n++;
                }
            }
            dropped.complete(n);
        });
        return dropped;
    }

    /** Each screen's last seq, by center (read on the selector thread). */
    CompletableFuture<Map<String, List<Long>>> lastSeqs() {
        CompletableFuture<Map<String, List<Long>>> seqs = new CompletableFuture<>();
        post(() -> {
            Map<String, List<Long>> byCenter = new HashMap<>();
            all.forEach(c -> byCenter.computeIfAbsent(c.screen.center(), k -> new ArrayList<>()).add(c.lastSeq));
            seqs.complete(byCenter);
        });
        return seqs;
    }

    void closeAll() {
        stopping = true;
        post(() -> all.forEach(c -> close(c)));
    }

    private void post(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    @Override
    public void run() {
        long lastSweep = System.nanoTime();
        while (true) {
            try {
                selector.select(500);
                for (Runnable task; (task = tasks.poll()) != null; ) {
                    task.run();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    Conn c = (Conn) key.attachment();
                    try {
                        if (key.isValid() && key.isConnectable()) {
                            connected(c);
                        } else if (key.isValid() && key.isReadable()) {
                            read(c);
                        }
                    } catch (IOException | RuntimeException e) {
                        dropped(c, "error " + e.getClass().getSimpleName(), false);
                    }
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                if (now - lastSweep > 1_000_000_000L) {
                    lastSweep = now;
                    for (Conn c : all) {
                        if (c.state == State.CONNECTING && now - c.startedAt > HANDSHAKE_TIMEOUT_NANOS) {
                            dropped(c, "open: handshake timeout", false);
                        } else if (c.state == State.OPEN && now - c.lastPingAt > HEARTBEAT_NANOS) {
                            c.lastPingAt = now;
                            send(c, 0x1, HEARTBEAT, HEARTBEAT.length);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                errors.add("idle sockets", "selector " + e.getClass().getSimpleName());
            }
        }
    }

    private enum State { WAITING, CONNECTING, OPEN, CLOSED }

    /** One socket and its frame parser's state. */
    private static final class Conn {
        final Screen screen;
        final CountDownLatch first;
        boolean firstDone;
        boolean everOpen;
        boolean reconnectPending;
        State state = State.CLOSED;
        SocketChannel channel;
        long startedAt;
        long lastPingAt;
        long openedAt;
        long droppedAt;
        int attempt;
        long lastSeq = -1;
        final StringBuilder response = new StringBuilder();
        final FrameWalker frames = new FrameWalker();
        FrameWalker.Listener events;
        int closeCode;

        Conn(Screen screen, CountDownLatch first) {
            this.screen = screen;
            this.first = first;
        }
    }

    private void connect(Conn c) {
        if (stopping) {
            return;
        }
        if (handshaking >= maxHandshakes) {
            c.state = State.WAITING;
            waiting.add(c);
            return;
        }
        handshaking++;
        c.state = State.CONNECTING;
        c.startedAt = System.nanoTime();
        c.openedAt = 0;
        c.response.setLength(0);
        c.frames.reset();
        try {
            c.channel = SocketChannel.open();
            c.channel.configureBlocking(false);
            c.channel.register(selector, SelectionKey.OP_CONNECT, c);
            if (c.channel.connect(address)) {
                connected(c);
            }
        } catch (IOException e) {
            dropped(c, "open: " + e.getClass().getSimpleName(), false);
        }
    }

    private void connected(Conn c) throws IOException {
        c.channel.finishConnect();
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        String request = "GET /ws/centers/" + c.screen.center() + "/floor?token=" + c.screen.token()
                + (c.lastSeq >= 0 ? "&since=" + c.lastSeq : "") + " HTTP/1.1\r\nHost: " + host
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(key) + "\r\nSec-WebSocket-Version: 13\r\n"
                + BrowserHeaders.lines("http://" + host) + "\r\n";
        c.channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
        c.channel.keyFor(selector).interestOps(SelectionKey.OP_READ);
    }

    private void read(Conn c) throws IOException {
        in.clear();
        int n = c.channel.read(in);
        if (n < 0) {
            dropped(c, "closed without a close frame", false);
            return;
        }
        in.flip();
        if (c.state == State.CONNECTING) {
            while (in.hasRemaining() && c.response.indexOf("\r\n\r\n") < 0) {
                c.response.append((char) in.get());
            }
            if (c.response.indexOf("\r\n\r\n") < 0) {
                return;
            }
            if (!c.response.toString().startsWith("HTTP/1.1 101")) {
                String status = c.response.length() >= 12 ? c.response.substring(9, 12) : "?";
                dropped(c, "open: HTTP " + status, false);
                return;
            }
            if (c.response.toString().toLowerCase(Locale.ROOT).contains("permessage-deflate")) {
                // frames would come compressed, and this client only skips them by their headers
                dropped(c, "open: the server accepted compression, which the bench does not inflate", false);
                return;
            }
            opened(c);
        }
        frames(c);
    }

    private void opened(Conn c) {
        handshaking--;
        c.state = State.OPEN;
        c.everOpen = true;
        c.openedAt = System.nanoTime();
        if (c.droppedAt != 0) {
            reopenTimes.record(c.openedAt - c.droppedAt);
            handshakeTimes.record(c.openedAt - c.startedAt);
            c.droppedAt = 0;
        }
        // as display-ui does: a ping as the socket opens (its Pong tells a box back from sleep the
        // time), the next 0–20 s later (sockets that reconnected together do not stay in step), then every 20 s
        send(c, 0x1, HEARTBEAT, HEARTBEAT.length);
        c.lastPingAt = c.openedAt - ThreadLocalRandom.current().nextLong(HEARTBEAT_NANOS);
        counts.open.incrementAndGet();
        if (c.reconnectPending) {
            c.reconnectPending = false;
            counts.reconnecting.decrementAndGet();
        }
        firstAttemptDone(c);
        startWaiting();
    }

    /** Walks the frames in the buffer; a close frame ends the connection. */
    private void frames(Conn c) {
        if (c.events == null) {
            c.events = new FrameWalker.Listener() {
                @Override
                public void text(String head) {
                    counts.frames.increment();
                    long seq = FloorSockets.seqOf(head);
                    if (seq < 0) {
                        return; // a Pong
                    }
                    if (!head.startsWith(SNAPSHOT) && c.lastSeq >= 0 && seq > c.lastSeq + 1) {
                        counts.gaps.increment(); // display-ui would reconnect to fill it; the bench counts it
                    }
                    if (seq > c.lastSeq || head.startsWith(SNAPSHOT)) {
                        c.lastSeq = seq;
                    }
                }

                @Override
                public void ping(byte[] payload, int length) {
                    send(c, 0xA, payload, length); // pong with the ping's payload
                }

                @Override
                public void close(int code) {
                    send(c, 0x8, new byte[] {(byte) (code >> 8), (byte) code}, 2);
                    c.closeCode = code; // acted on once the walk is over: reconnecting resets the walker
                }
            };
        }
        if (c.state == State.OPEN) {
            c.closeCode = 0;
            c.frames.walk(in, c.events);
            if (c.closeCode == 4000) {
                counts.resyncs.increment();
                dropped(c, null, true);
            } else if (c.closeCode != 0) {
                dropped(c, "closed " + c.closeCode, false);
            }
        }
    }

    /** A client frame must be masked (RFC 6455): header, mask key, payload XOR key. */
    private void send(Conn c, int opcode, byte[] payload, int length) {
        byte[] frame = new byte[6 + length];
        frame[0] = (byte) (0x80 | opcode);
        frame[1] = (byte) (0x80 | length);
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        System.arraycopy(mask, 0, frame, 2, 4);
        for (int i = 0; i < length; i++) {
            frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        try {
            c.channel.write(ByteBuffer.wrap(frame));
        } catch (IOException e) {
            // the socket is going; the read side will notice
        }
    }

    /** The socket is gone (or never came): count it, close it, and reconnect like a screen. */
    private void dropped(Conn c, String error, boolean resync) {
        State was = c.state;
        close(c);
        if (was == State.CONNECTING) {
            handshaking--;
            firstAttemptDone(c);
            startWaiting();
        }
        if (was == State.OPEN) {
            counts.open.decrementAndGet();
        }
        if (stopping) {
            return;
        }
        if (c.everOpen && !c.reconnectPending) {
            c.reconnectPending = true;
            counts.reconnecting.incrementAndGet();
        }
        if (error != null) {
            errors.add("socket", error);
        }
        counts.reconnects.increment();
        long delayMs = retryDelayMs(c, resync);
        timer.schedule(() -> post(() -> connect(c)), delayMs, TimeUnit.MILLISECONDS);
    }

    /** floor.js's closed() and backoff(): a socket live for 30 s starts its back-off afresh. */
    private static long retryDelayMs(Conn c, boolean resync) {
        if (c.openedAt != 0 && System.nanoTime() - c.openedAt > STABLE_NANOS) {
            c.attempt = 0;
        }
        long ceiling = Math.min(RETRY_MAX_MS, RETRY_MIN_MS << Math.min(c.attempt, 20));
        long delay = resync && c.attempt == 0 ? RETRY_MIN_MS / 2
                : RETRY_MIN_MS / 2 + (long) (ThreadLocalRandom.current().nextDouble() * ceiling);
        c.attempt++;
        return delay;
    }

    private void close(Conn c) {
        c.state = State.CLOSED;
        if (c.channel != null) {
            try {
                c.channel.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private void firstAttemptDone(Conn c) {
        if (!c.firstDone) {
            c.firstDone = true;
            c.first.countDown();
        }
    }

    private void startWaiting() {
        while (handshaking < maxHandshakes && !waiting.isEmpty()) {
            connect(waiting.poll());
        }
    }
}
