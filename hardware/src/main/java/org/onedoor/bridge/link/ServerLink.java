package org.onedoor.bridge.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bridge's one WebSocket to the server. It opens with a Hello on every connection, comes back
 * by itself after any loss (with {@link Backoff}), and finds a connection that died silently (a
 * dropped Wi-Fi, a NAT that forgot it): it pings every {@code ping} and gives the connection up
 * when nothing at all came back for {@code dead}.
 */
public final class ServerLink implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ServerLink.class.getName());
    /**
     * A connection that lasted this long was a good one: the wait before the next starts again
     * from the shortest. A server that accepts and drops at once is not hammered.
     */
    private static final Duration STEADY = Duration.ofSeconds(5);

    /** What the bridge does with the socket. Called from the socket's threads: hand work off quickly. */
    public interface Handler {
        /** The Hello frame for a new connection. */
        String hello();

        /** A connection is open and its Hello is queued. */
        void connected();

        void frame(JsonNode frame);
    }

    public record Timing(Duration ping, Duration dead) {
        public static final Timing DEFAULT = new Timing(Duration.ofSeconds(15), Duration.ofSeconds(40));
    }

    private final URI server;
    private final URI withToken;
    private final Handler handler;
    private final Timing timing;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "server-link");
        thread.setDaemon(true);
        return thread;
    });
    private final Backoff backoff = new Backoff();
    private volatile Session current;
    private volatile boolean closed;

    /**
     * @param server    the socket address without the token, for logs
     * @param withToken the address to connect to
     */
    public ServerLink(URI server, URI withToken, Handler handler, Timing timing) {
        this.server = server;
        this.withToken = withToken;
        this.handler = handler;
        this.timing = timing;
    }

    public void start() {
        scheduler.execute(this::connect);
        long tick = Math.min(5000, timing.ping().toMillis());
        scheduler.scheduleAtFixedRate(this::watch, tick, tick, TimeUnit.MILLISECONDS);
    }

    public boolean isConnected() {
        return current != null;
    }

    /** Sends a text frame on the current connection; false (and nothing sent) when there is none. */
    public boolean send(String text) {
        Session session = current;
        if (session == null) {
            return false;
        }
        session.send(text);
        return true;
    }

    private void connect() {
        if (closed) {
            return;
        }
        Session session = new Session();
        client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(withToken, session)
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        failed(error);
                    }
                });
    }

    private void failed(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        long delay;
        if (cause instanceof WebSocketHandshakeException refused) {
            HttpResponse<?> response = refused.getResponse();
            int status = response.statusCode();
            boolean badToken = status == 401 || status == 403;
            // only a bad token will not cure itself soon; a busy or failing-over server (503) will
            delay = badToken ? backoff.slowDelayMillis() : backoff.nextDelayMillis(retryAfterMillis(response));
            LOG.log(Level.WARNING, "server " + server + " refused the bridge (HTTP " + status + ")"
                    + (badToken ? ": the token is wrong or revoked; pair the bridge again" : "")
                    + "; retrying in " + seconds(delay));
        } else {
            delay = backoff.nextDelayMillis();
            LOG.log(Level.INFO, "cannot reach " + server + ": " + describe(cause) + "; retrying in " + seconds(delay));
        }
        reconnectIn(delay);
    }

    /** The server's Retry-After in seconds, as millis; 0 when absent or not a number (an HTTP date is not used). */
    private static long retryAfterMillis(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").trim();
        try {
            return Math.max(0, Math.min(Long.parseLong(value), Backoff.MAX_MILLIS / 1000)) * 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void reconnectIn(long delayMillis) {
        if (!closed) {
            scheduler.schedule(this::connect, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Pings the server and gives up a connection that has been silent too long. */
    private void watch() {
        Session session = current;
        if (session == null) {
            return;
        }
        long silent = System.nanoTime() - session.lastHeard;
        if (silent > timing.dead().toNanos()) {
            session.end("no answer from the server for " + seconds(silent / 1_000_000));
        } else if (System.nanoTime() - session.lastPing >= timing.ping().toNanos()) {
            session.ping();
        }
    }

    @Override
    public void close() {
        closed = true;
        Session session = current;
        if (session != null) {
            session.end("bridge stopping");
        }
        scheduler.shutdownNow();
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        // the JDK's client reports a refused or unreachable address without a message
        return error instanceof java.net.ConnectException ? "connection refused or host unreachable"
                : error.getClass().getSimpleName();
    }

    /** One connection: its frames, its queue of outgoing frames, its last sign of life. */
    private final class Session implements WebSocket.Listener {

        private final AtomicBoolean ended = new AtomicBoolean();
        private final StringBuilder parts = new StringBuilder();
        private WebSocket socket;
        /** The JDK's WebSocket allows one send at a time: sends are chained. */
        private CompletableFuture<WebSocket> sending = CompletableFuture.completedFuture(null);
        volatile long lastHeard = System.nanoTime();
        volatile long lastPing = System.nanoTime();
        private volatile long opened;

        @Override
        public void onOpen(WebSocket webSocket) {
            synchronized (this) {
                socket = webSocket;
                opened = System.nanoTime();
                // current before the Hello goes, so whoever hears the Hello finds the link connected;
                // the Hello still goes first, as another sender waits for this lock to queue a frame
                if (!ended.get()) {
                    current = this;
                }
                send(handler.hello());
            }
            LOG.log(Level.INFO, "connected to " + server);
            handler.connected();
            webSocket.request(1);
        }

        synchronized void send(String text) {
            sending = sending.thenCompose(x -> socket.sendText(text, true)).exceptionally(this::sendFailed);
        }

        synchronized void ping() {
            lastPing = System.nanoTime();
            sending = sending.thenCompose(x -> socket.sendPing(ByteBuffer.allocate(0))).exceptionally(this::sendFailed);
        }

        private WebSocket sendFailed(Throwable error) {
            end("cannot send: " + describe(error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error));
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            lastHeard = System.nanoTime();
            parts.append(data);
            if (last) {
                String text = parts.toString();
                parts.setLength(0);
                JsonNode frame = Frames.read(text);
                if (frame == null) {
                    LOG.log(Level.WARNING, "ignored a frame that is not a JSON object");
                } else {
                    try {
                        handler.frame(frame);
                    } catch (RuntimeException e) {
                        LOG.log(Level.ERROR, "frame " + frame.path("type").asText("?") + " failed", e);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            lastHeard = System.nanoTime();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            lastHeard = System.nanoTime(); // the JDK answers it with a Pong by itself
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            lastHeard = System.nanoTime();
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            end("closed by the server (" + statusCode + (reason == null || reason.isBlank() ? "" : " " + reason) + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            end(describe(error));
        }

        /** Drops this connection (once) and plans the next one. */
        void end(String why) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            boolean wasCurrent = current == this;
            if (wasCurrent) {
                current = null;
            }
            WebSocket ws;
            synchronized (this) {
                ws = socket;
            }
            if (ws != null) {
                ws.abort();
            }
            if (closed) {
                return;
            }
            if (opened != 0 && System.nanoTime() - opened > STEADY.toNanos()) {
                backoff.reset(); // it had been working: come back quickly
            }
            long delay = backoff.nextDelayMillis();
            LOG.log(Level.WARNING, "disconnected from " + server + ": " + why + "; reconnecting in " + seconds(delay));
            reconnectIn(delay);
        }
    }
}
