import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's REST API as the generator uses it: asynchronous, with a bounded number of requests
 * in flight (see {@link AsyncLimiter}) and a deadline counted from the moment the request was
 * <em>scheduled</em>, so time spent waiting for a free slot in the generator counts against the
 * server like any queueing would, and nothing waits forever.
 *
 * <p>The requests go through Vert.x core's HTTP client (taken from the server's own build, see
 * bench/run): with the JDK's HttpClient the generator used 2.0 ms of CPU a ticket lifecycle (0.32
 * of the 2 cores at saturation, taken from the server it measures), with this one 1.1 ms.
 */
final class Api {

    /** An answer, or a failure (status 0 and a kind such as "timeout"). {@code arrived} is System.nanoTime(). */
    record Reply(int status, String body, long arrived, String failure) {

        boolean is(int expected) {
            return status == expected;
        }

        /** "HTTP 409" or the failure's kind: how the error is counted. */
        String kind() {
            return failure != null ? failure : "HTTP " + status;
        }
    }

    /**
     * The HTTP client and the one Vert.x context every request is started on. Started from the
     * generator's own threads, about one answer in 3,700 lost its body: the head arrived (status
     * 200) and {@code body()} never completed, nor did any timeout fire. 60,000 kiosk reads at
     * 400/s lost 16 that way; started on one context, 0 of 60,584; the JDK's client got all
     * 60,108 whole from the same server (bench/README.md, "Lost requests").
     */
    record Http(HttpClient client, Context context) {
    }

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-fA-F-]{36})\"");

    private final Http http;
    private final String host;
    private final int port;
    private final String prefix;
    private final long deadlineNanos;
    private final AsyncLimiter limiter;

    /**
     * Kiosks and officers each get an Api of their own over one HTTP client: separate limits, so
     * an officer's request never queues in the generator behind a flood of kiosk requests (in a
     * real center they are different machines).
     */
    Api(Http http, String base, int maxInFlight, long timeoutMs) {
        this.http = http;
        URI uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.prefix = uri.getPath() == null ? "" : uri.getPath().replaceAll("/$", "");
        this.deadlineNanos = timeoutMs * 1_000_000L;
        this.limiter = new AsyncLimiter(maxInFlight);
    }

    /** One event loop, keep-alive connections, as many as requests in flight (HTTP/1.1, no pipelining). */
    static Http client(int maxConnections) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        return new Http(vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(maxConnections)
                .setConnectTimeout(5000).setMaxWaitQueueSize(-1)), vertx.getOrCreateContext());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Sends now; the deadline runs from now. */
    CompletableFuture<Reply> send(String method, String path, String json, String auth) {
        return send(method, path, json, auth, System.nanoTime());
    }

    /**
     * Sends as soon as a slot is free. The returned future always completes normally: failures
     * are replies with status 0, so a chain of requests never breaks on an exception.
     */
    CompletableFuture<Reply> send(String method, String path, String json, String auth, long scheduled) {
        CompletableFuture<Reply> result = new CompletableFuture<>();
        // how far the request got, named in the guard's kind below: where a lost request was lost
        AtomicReference<String> stage = new AtomicReference<>("waiting for a slot");
        limiter.submit(() -> {
            long left = deadlineNanos - (System.nanoTime() - scheduled);
            if (left <= 0) {
                result.complete(new Reply(0, "", System.nanoTime(), "timeout (waited in the generator)"));
                return false;
            }
            long leftMs = Math.max(1, left / 1_000_000L);
            // the idle timeout runs only once the request has a connection: the connect timeout
            // bounds the wait for one from the pool, which once never came (a set-up hung for minutes)
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.valueOf(method)).setHost(host).setPort(port)
                    .setURI(prefix + path).setTimeout(leftMs).setConnectTimeout(leftMs);
            if (auth != null) {
                request.putHeader("Authorization", auth);
            }
            if (json != null) {
                request.putHeader("Content-Type", "application/json");
            }
            stage.set("waiting for a connection");
            http.context().runOnContext(v -> http.client().request(request)
                    .compose(req -> {
                        stage.set("sent, no response");
                        return json == null ? req.send() : req.send(Buffer.buffer(json, "UTF-8"));
                    })
                    .compose(response -> {
                        stage.set("response " + response.statusCode() + " without its body");
                        return response.body().map(b -> new Reply(response.statusCode(),
                                b.toString(StandardCharsets.UTF_8), System.nanoTime(), null));
                    })
                    .onComplete(done -> {
                        limiter.release();
                        result.complete(done.succeeded() ? done.result() : new Reply(0, "", System.nanoTime(), kind(done.cause())));
                    }));
            return true;
        });
        // the last guard: whatever the client does, the caller hears within the deadline (and a second)
        CompletableFuture.delayedExecutor(deadlineNanos / 1_000_000L + 1_000, TimeUnit.MILLISECONDS).execute(() ->
                result.complete(new Reply(0, "", System.nanoTime(), "timeout (never answered: " + stage.get() + ")")));
        return result;
    }

    /**
     * For set-up: waits for the answer and insists on a 2xx. A request that got no answer at all
     * is sent once more (see {@link #send}: a few full runs lost one); a 409 then means the first
     * one was applied (a center created twice), which is what set-up wanted.
     */
    Reply sendOk(String method, String path, String json, String auth) {
        Reply r = send(method, path, json, auth).join();
        if (r.status() == 0) {
            System.err.println("[bench] set-up: " + method + " " + path + " got no answer (" + r.kind() + "); sending it again");
            r = send(method, path, json, auth).join();
            if (r.status() == 409) {
                return r;
            }
        }
        if (r.status() < 200 || r.status() > 299) {
            throw new IllegalStateException(method + " " + path + " answered " + r.kind() + ": " + r.body());
        }
        return r;
    }

    int waitingForSlot() {
        return limiter.waiting();
    }

    /** The first UUID "id" of a JSON answer: the ticket's, in a ticket or a kiosk answer. */
    static String firstId(String json) {
        Matcher m = ID.matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** A string member of a JSON answer, found by name (good enough for the flat answers used here). */
    static String stringMember(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String kind(Throwable failure) {
        if (failure instanceof io.netty.channel.ConnectTimeoutException) {
            return "connect timeout";
        }
        if (failure instanceof TimeoutException || String.valueOf(failure.getMessage()).contains("timeout period")) {
            return "timeout";
        }
        return "I/O " + failure.getClass().getSimpleName();
    }
}
