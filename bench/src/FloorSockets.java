import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hall sockets, one a center, through the JDK's WebSocket client: they read and decode every
 * frame, remember the last seq, reconnect with {@code since=} it at once after a 4000 "resync" and
 * a second later after anything else, send display-ui's heartbeat (a "ping" text frame every 20 s),
 * and report each TicketCalled frame (or a call listed in a reconnect's snapshot) to the
 * {@link CallMatcher}. The idle sockets are {@link IdleSockets}.
 *
 * <p>Hall sockets have an HTTP client (and so a selector thread) of their own, and reconnect
 * without waiting for a handshake slot: a real hall screen is its own machine.
 */
final class FloorSockets {

    private final String wsBase;
    private final String origin;
    private final ErrorCounts errors;
    private final CallMatcher matcher;
    private final ScheduledExecutorService timer;
    private final HttpClient hallClient;
    private final SocketCounts counts;
    private final List<Screen> screens = new ArrayList<>();
    private volatile boolean stopping;

    FloorSockets(String httpBase, SocketCounts counts, ErrorCounts errors, CallMatcher matcher, ScheduledExecutorService timer,
            ExecutorService executor) {
        this.wsBase = httpBase.replaceFirst("^http", "ws");
        this.origin = httpBase;
        this.counts = counts;
        this.errors = errors;
        this.matcher = matcher;
        this.timer = timer;
        this.hallClient = HttpClient.newBuilder().executor(executor).build();
    }

    /** Opens the hall socket of each center; counts down as each first attempt ends. */
    CountDownLatch open(List<FloorSetup.Center> targets) {
        CountDownLatch firstAttempts = new CountDownLatch(targets.size());
        for (FloorSetup.Center center : targets) {
            Screen s = new Screen(center, hallClient, firstAttempts);
            synchronized (screens) {
                screens.add(s);
            }
            s.connect();
        }
        return firstAttempts;
    }

    void closeAll() {
        stopping = true;
        synchronized (screens) {
            screens.forEach(Screen::abort);
        }
    }

    private final class Screen implements WebSocket.Listener {
        final FloorSetup.Center center;
        final HttpClient client;
        final CountDownLatch firstAttempt;
        final StringBuilder text = new StringBuilder();
        volatile WebSocket socket;
        volatile long lastSeq = -1;
        boolean counted;
        boolean atMessageStart = true;
        long messageStartedAt;
        boolean firstAttemptDone;
        volatile boolean reconnectPending;
        boolean heartbeatScheduled;

        Screen(FloorSetup.Center center, HttpClient client, CountDownLatch firstAttempt) {
            this.center = center;
            this.client = client;
            this.firstAttempt = firstAttempt;
        }

        void connect() {
            if (!stopping) {
                String uri = wsBase + "/ws/centers/" + center.code() + "/floor?token=" + center.hallToken()
                        + (lastSeq >= 0 ? "&since=" + lastSeq : "");
                WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
                BrowserHeaders.of(origin).forEach(builder::header);
                builder.buildAsync(URI.create(uri), this)
                        .whenComplete((ws, failure) -> {
                            attempted();
                            if (failure != null) {
                                errors.add("hall socket", "open: " + describe(failure));
                                reconnectLater();
                            }
                        });
            }
        }

        private synchronized void attempted() {
            if (!firstAttemptDone) {
                firstAttemptDone = true;
                firstAttempt.countDown();
            }
        }

        @Override
        public void onOpen(WebSocket ws) {
            synchronized (this) {
                socket = ws;
                counted = true;
                atMessageStart = true;
                text.setLength(0);
                if (!heartbeatScheduled) {
                    heartbeatScheduled = true;
                    long every = IdleSockets.HEARTBEAT_NANOS;
                    timer.scheduleAtFixedRate(this::heartbeat, every, every, TimeUnit.NANOSECONDS);
                }
            }
            counts.open.incrementAndGet();
            if (reconnectPending) {
                reconnectPending = false;
                counts.reconnecting.decrementAndGet();
            }
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            long now = System.nanoTime();
            if (atMessageStart) {
                messageStartedAt = now;
                long seq = seqOf(data);
                if (seq >= 0) {
                    lastSeq = seq;
                }
            }
            try {
                if (last && text.length() == 0) {
                    inspect(data.toString(), messageStartedAt);
                } else {
                    text.append(data);
                    if (last) {
                        inspect(text.toString(), messageStartedAt);
                        text.setLength(0);
                    }
                }
            } catch (RuntimeException e) {
                errors.add("hall socket", "frame not understood: " + e);
                text.setLength(0);
            }
            atMessageStart = last;
            if (last) {
                counts.frames.increment();
            }
            ws.request(1);
            return null;
        }

        /**
         * A TicketCalled event: events start with "seq" (a snapshot starts with "type" and quotes
         * past calls in lastCalls, which must not count); the event's "type" is written after its
         * body, and the body's first id is the ticket's.
         */
        private void inspect(String frame, long at) {
            if (frame.startsWith("{\"seq\":") && frame.contains("\"type\":\"TicketCalled\"")) {
                String id = Api.firstId(frame);
                if (id != null) {
                    matcher.shown(id, at);
                } else {
                    errors.add("hall socket", "TicketCalled frame without a ticket id");
                }
            } else if (frame.startsWith("{\"type\":\"Snapshot\"")) {
                int from = frame.indexOf("\"lastCalls\":[");
                int to = from < 0 ? -1 : frame.indexOf("\"printers\":", from);
                if (from >= 0) {
                    Matcher m = TICKET_ID.matcher(frame.substring(from, to < 0 ? frame.length() : to));
                    while (m.find()) {
                        matcher.shownInSnapshot(m.group(1), at);
                    }
                }
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            closed();
            if (!stopping) {
                if (code == 4000) {
                    counts.resyncs.increment();
                    counts.reconnects.increment();
                    connect();
                } else {
                    errors.add("hall socket", "closed " + code + (reason == null || reason.isEmpty() ? "" : " " + reason));
                    reconnectLater();
                }
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed();
            if (!stopping) {
                errors.add("hall socket", "error " + describe(error));
                reconnectLater();
            }
        }

        private void closed() {
            synchronized (this) {
                if (!counted) {
                    return;
                }
                counted = false;
            }
            counts.open.decrementAndGet();
            if (!stopping) {
                reconnectPending = true;
                counts.reconnecting.incrementAndGet();
            }
        }

        private void reconnectLater() {
            if (!stopping) {
                counts.reconnects.increment();
                timer.schedule(this::connect, 1, TimeUnit.SECONDS);
            }
        }

        /** Only heartbeats are sent, 20 s apart, so a send never overlaps the previous one. */
        private void heartbeat() {
            WebSocket ws = socket;
            if (ws != null && !ws.isOutputClosed() && !stopping) {
                ws.sendText("ping", true).exceptionally(failure -> null); // a closing socket: its close is counted elsewhere
            }
        }

        void abort() {
            WebSocket ws = socket;
            if (ws != null) {
                ws.abort();
            }
        }
    }

    /** The first "seq":N within the frame's first 64 characters (events start with it; a snapshot has it second). */
    private static final Pattern TICKET_ID = Pattern.compile("\"ticket\":\\{\"id\":\"([0-9a-fA-F-]{36})\"");

    static long seqOf(CharSequence data) {
        int limit = Math.min(data.length(), 64);
        outer:
        for (int i = 0; i + 6 < limit; i++) {
            String key = "\"seq\":";
            for (int k = 0; k < key.length(); k++) {
                if (data.charAt(i + k) != key.charAt(k)) {
                    continue outer;
                }
            }
            long value = 0;
            int j = i + key.length();
            boolean any = false;
            while (j < data.length() && Character.isDigit(data.charAt(j))) {
                value = value * 10 + (data.charAt(j++) - '0');
                any = true;
            }
            return any ? value : -1;
        }
        return -1;
    }

    static String describe(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof WebSocketHandshakeException h) {
            return "HTTP " + h.getResponse().statusCode();
        }
        return t.getClass().getSimpleName();
    }
}
