import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's REST API as the generator uses it: asynchronous, with a bounded number of requests
 * in flight (see {@link AsyncLimiter}) and a deadline counted from the moment the request was
 * <em>scheduled</em>, so time spent waiting for a free slot in the generator counts against the
 * server like any queueing would, and nothing waits forever.
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

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-fA-F-]{36})\"");

    final HttpClient http;
    private final String base;
    private final long deadlineNanos;
    private final AsyncLimiter limiter;

    /**
     * Kiosks and officers each get an Api of their own over one HTTP client: separate limits, so
     * an officer's request never queues in the generator behind a flood of kiosk requests (in a
     * real center they are different machines).
     */
    Api(HttpClient http, String base, int maxInFlight, long timeoutMs) {
        this.http = http;
        this.base = base;
        this.deadlineNanos = timeoutMs * 1_000_000L;
        this.limiter = new AsyncLimiter(maxInFlight);
    }

    static HttpClient client(ExecutorService executor) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
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
        limiter.submit(() -> {
            long left = deadlineNanos - (System.nanoTime() - scheduled);
            if (left <= 0) {
                result.complete(new Reply(0, "", System.nanoTime(), "timeout (waited in the generator)"));
                return false;
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofNanos(left));
            if (auth != null) {
                b.header("Authorization", auth);
            }
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            try {
                http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .whenComplete((response, failure) -> {
                            long now = System.nanoTime();
                            limiter.release();
                            result.complete(failure == null ? new Reply(response.statusCode(), response.body(), now, null)
                                    : new Reply(0, "", now, kind(failure)));
                        });
            } catch (RuntimeException e) {
                limiter.release();
                result.complete(new Reply(0, "", System.nanoTime(), kind(e)));
            }
            return true;
        });
        return result;
    }

    /** For set-up: waits for the answer and insists on a 2xx. */
    Reply sendOk(String method, String path, String json, String auth) {
        Reply r = send(method, path, json, auth).join();
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
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof HttpConnectTimeoutException) {
            return "connect timeout";
        }
        if (t instanceof HttpTimeoutException) {
            return "timeout";
        }
        return "I/O " + t.getClass().getSimpleName();
    }
}
