package org.onedoor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A screen in tests: connects to a floor socket with the JDK client and collects its frames. */
public final class FloorClient implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    public final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private WebSocket socket;

    public static FloorClient connect(String center, String token, Long since) {
        FloorClient client = new FloorClient();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri(center, token, since), client).join();
        return client;
    }

    /** Any of the server's JSON sockets, e.g. "/ws/bridge?token=…". */
    public static FloorClient open(String pathAndQuery) {
        return openVia(RestAssured.port, pathAndQuery);
    }

    /** The same through another port: a {@link TcpProxy} in front of the server. */
    public static FloorClient openVia(int port, String pathAndQuery) {
        FloorClient client = new FloorClient();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + pathAndQuery), client).join();
        return client;
    }

    /** The HTTP status with which the server refused to open a socket. */
    public static int refused(String pathAndQuery) {
        return statusOf(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + RestAssured.port + pathAndQuery), new FloorClient()).join());
    }

    private static int statusOf(Runnable connect) {
        try {
            connect.run();
            throw new AssertionError("the upgrade was accepted");
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** A staff page's socket: no token, the session cookie instead. */
    public static FloorClient connectWithCookie(String center, String cookie) {
        return connectWithHeaders(center, null, Map.of("Cookie", cookie));
    }

    public static int refusedWithCookie(String center, String cookie) {
        return refusedWithHeaders(center, null, Map.of("Cookie", cookie));
    }

    /** A socket opened with request headers of the test's choosing (a browser's, a cookie…). */
    public static FloorClient connectWithHeaders(String center, String token, Map<String, String> headers) {
        FloorClient client = new FloorClient();
        client.socket = builder(headers).buildAsync(uri(center, token, null), client).join();
        return client;
    }

    public static int refusedWithHeaders(String center, String token, Map<String, String> headers) {
        return statusOf(() -> builder(headers).buildAsync(uri(center, token, null), new FloorClient()).join());
    }

    private static WebSocket.Builder builder(Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        return builder;
    }

    /** The HTTP status of a refused upgrade. */
    public static int refusedWith(String center, String token) {
        return statusOf(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri(center, token, null), new FloorClient()).join());
    }

    private static URI uri(String center, String token, Long since) {
        String query = (token == null ? "" : "token=" + token) + (since == null ? "" : "&since=" + since);
        return URI.create("ws://localhost:" + RestAssured.port + "/ws/centers/" + center + "/floor?" + query);
    }

    /** The next frame, failing after 5 s. */
    public JsonNode next() {
        try {
            JsonNode frame = frames.poll(5, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within 5 s");
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public List<JsonNode> next(int count) {
        List<JsonNode> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(next());
        }
        return list;
    }

    /** Nothing more arrives within the given time. */
    public JsonNode poll(Duration wait) throws InterruptedException {
        return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                frames.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }
}
