package org.onedoor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hall screen for integration tests: keeps every floor event it receives with its arrival time,
 * and reconnects with {@code since=<last seq>} when the server asks it to resync (4000), as the
 * real screens do. It can be moved to another node, as a load balancer moves a screen whose node died.
 */
public final class LiveFloor implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event as it arrived. */
    public record Arrival(long seq, String type, JsonNode body, long nanos) {
    }

    private final String center;
    private final String token;
    /** A staff page's session cookie instead of a token; null for a screen. */
    private final String cookie;
    private final List<Arrival> events = new ArrayList<>();
    /** Ticket id → when its TicketCalled arrived here. */
    public final Map<String, Long> callsSeen = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile String base;
    private volatile long snapshotSeq = -1;
    private volatile long lastSeq = -1;
    private volatile int resyncs;
    private volatile int closeCode = -1;
    private volatile int failedReconnects;
    private WebSocket socket;

    public LiveFloor(String baseUrl, String center, String token) {
        this(baseUrl, center, token, null);
    }

    private LiveFloor(String baseUrl, String center, String token, String cookie) {
        this.base = baseUrl;
        this.center = center;
        this.token = token;
        this.cookie = cookie;
        connect();
    }

    /** The counter workspace's socket, opened with a staff session's cookie ("name=value"). */
    public static LiveFloor withCookie(String baseUrl, String center, String cookie) {
        return new LiveFloor(baseUrl, center, null, cookie);
    }

    private synchronized void connect() {
        String since = lastSeq >= 0 ? "since=" + lastSeq : "";
        String query = token != null ? "?token=" + token + (since.isEmpty() ? "" : "&" + since) : since.isEmpty() ? "" : "?" + since;
        URI uri = URI.create(base.replace("http", "ws") + "/ws/centers/" + center + "/floor" + query);
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        socket = builder.buildAsync(uri, this).join();
    }

    /** Moves to another node, carrying on from the last event seen. */
    public synchronized void moveTo(String baseUrl) {
        base = baseUrl;
        connect();
    }

    public long snapshotSeq() {
        return snapshotSeq;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public int resyncs() {
        return resyncs;
    }

    /** The code of the last close the server sent, -1 if none. */
    public int closeCode() {
        return closeCode;
    }

    public synchronized List<Arrival> events() {
        return List.copyOf(events);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long now = System.nanoTime();
            try {
                JsonNode frame = JSON.readTree(partial.toString());
                take(frame, now);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    private synchronized void take(JsonNode frame, long now) {
        String type = frame.path("type").asText();
        if ("Snapshot".equals(type)) {
            snapshotSeq = frame.get("seq").asLong();
            lastSeq = snapshotSeq;
            return;
        }
        if (!frame.has("seq")) {
            return; // a Pong
        }
        long seq = frame.get("seq").asLong();
        events.add(new Arrival(seq, type, frame.get("body"), now));
        lastSeq = Math.max(lastSeq, seq);
        if ("TicketCalled".equals(type)) {
            callsSeen.put(frame.at("/body/ticket/id").asText(), now);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode = statusCode;
        // 4000: resync; 1013: the server could not read the floor for it (its database away): again, later
        if ((statusCode == 4000 || statusCode == 1013) && webSocket == socket) {
            resyncs++;
            CompletableFuture.runAsync(this::reconnect);
        }
        return null;
    }

    /**
     * Reconnects after a resync (or a 1013) as the real screens do: a server whose database is away refuses
     * the upgrade (503) for a while, so it tries again every half second, for up to a minute.
     */
    private void reconnect() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try {
                connect();
                return;
            } catch (RuntimeException refused) {
                failedReconnects++;
                if (System.nanoTime() > deadline) {
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** What a failed wait should say about this screen. */
    public String describe() {
        return "saw up to seq " + lastSeq + " (snapshot " + snapshotSeq + "), resynced " + resyncs + " times, "
                + failedReconnects + " reconnects refused, last close code " + closeCode;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        // the node died: the test moves the screen to another node
    }

    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
}
