package org.onedoor.bridge.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.onedoor.bridge.config.BridgeConfig;
import org.onedoor.bridge.config.Origins;
import org.onedoor.bridge.printer.PrinterWorker;

/**
 * {@code POST /print} on 127.0.0.1: the kiosk page prints the tickets it gives while the server is
 * out of reach (the usual path, server → socket → bridge, is then cut). Only the server's own
 * origin may call it, so no other web page the kiosk's browser opens can print. The ticket goes
 * through the printer's worker like the server's jobs: same queue, same paper check, same done
 * list (a job id sent twice prints once). See hardware/README.md, "Local print endpoint".
 */
public final class LocalPrintServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalPrintServer.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    static final int MAX_BODY = 8 * 1024;
    static final Duration PRINT_WAIT = Duration.ofSeconds(15);
    /** How long a browser may reuse a preflight's answer (Chrome caps it at 2 h). */
    static final int PREFLIGHT_MAX_AGE = 600;
    private static final Set<String> BODY_TYPES = Set.of("text/plain", "application/json");

    private final BridgeConfig.LocalPrint config;
    private final PrinterWorker printer;
    private final Duration wait;
    private final HttpServer server;
    private final ExecutorService threads;

    private LocalPrintServer(BridgeConfig.LocalPrint config, PrinterWorker printer, Duration wait) throws IOException {
        this.config = config;
        this.printer = printer;
        this.wait = wait;
        // the loopback address only: the endpoint is for the browser on this PC, never the LAN
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 16);
        // a few threads: each may wait up to PRINT_WAIT on the printer, and preflights must not queue behind it
        threads = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "local-print");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    public static LocalPrintServer start(BridgeConfig.LocalPrint config, PrinterWorker printer) throws IOException {
        return start(config, printer, PRINT_WAIT);
    }

    static LocalPrintServer start(BridgeConfig.LocalPrint config, PrinterWorker printer, Duration wait) throws IOException {
        LocalPrintServer local = new LocalPrintServer(config, printer, wait);
        local.server.start();
        LOG.log(Level.INFO, "local print endpoint on http://" + local.address().getAddress().getHostAddress() + ":"
                + local.address().getPort() + "/print for " + config.origin() + ", printer " + printer.name());
        return local;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals("/print")) {
                answer(ex, 404, Map.of("error", "no such path: POST /print"));
                return;
            }
            String origin = ex.getRequestHeaders().getFirst("Origin");
            if (!allowed(origin)) {
                LOG.log(Level.INFO, "local print refused: origin " + (origin == null ? "(none)" : "'" + origin + "'"));
                answer(ex, 403, Map.of("error", "this origin may not print here"));
                return;
            }
            if (origin != null) {
                ex.getResponseHeaders().set("Access-Control-Allow-Origin", config.origin());
            }
            ex.getResponseHeaders().set("Vary", "Origin");
            switch (ex.getRequestMethod()) {
                case "OPTIONS" -> preflight(ex);
                case "POST" -> post(ex);
                default -> {
                    ex.getResponseHeaders().set("Allow", "POST, OPTIONS");
                    answer(ex, 405, Map.of("error", "use POST"));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "local print request failed", e);
            answer(ex, 500, Map.of("error", "the bridge failed: " + e.getMessage()));
        }
    }

    /**
     * A request without Origin comes from no browser (browsers send it on every cross-origin
     * request): only a program on this PC can make one, and only when the operator allowed it.
     */
    private boolean allowed(String origin) {
        if (origin == null) {
            return config.allowNoOrigin();
        }
        return config.origin().equals(Origins.ofHeader(origin));
    }

    private void preflight(HttpExchange ex) throws IOException {
        Headers out = ex.getResponseHeaders();
        out.set("Access-Control-Allow-Methods", "POST");
        out.set("Access-Control-Allow-Headers", "Content-Type");
        out.set("Access-Control-Max-Age", String.valueOf(PREFLIGHT_MAX_AGE));
        // Chrome's private network access asks this of a page that calls 127.0.0.1 from a LAN address
        if ("true".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Access-Control-Request-Private-Network"))) {
            out.set("Access-Control-Allow-Private-Network", "true");
        }
        ex.sendResponseHeaders(204, -1);
    }

    private void post(HttpExchange ex) throws IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!BODY_TYPES.contains(media)) {
            answer(ex, 415, Map.of("error", "send the ticket as text/plain or application/json"));
            return;
        }
        byte[] body = readBody(ex);
        if (body == null) {
            answer(ex, 413, Map.of("error", "the body is larger than " + MAX_BODY + " bytes"));
            return;
        }
        LocalTicket ticket;
        try {
            ticket = LocalTicket.parse(body);
        } catch (LocalTicket.Invalid e) {
            answer(ex, 400, Map.of("error", e.getMessage()));
            return;
        }
        byte[] escpos = RasterEscPos.ticket(TicketPicture.draw(ticket));
        PrinterWorker.Outcome outcome;
        try {
            outcome = printer.printOnce(ticket.job(), escpos).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // it may still print: the same job id sent again answers "already" if it did
            answer(ex, 503, Map.of("error", String.format(Locale.ROOT, "the printer did not finish in %.1f s",
                    wait.toMillis() / 1000.0)));
            return;
        } catch (ExecutionException | RejectedExecutionException e) {
            answer(ex, 503, Map.of("error", "printer error"));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(ex, 503, Map.of("error", "the bridge is stopping"));
            return;
        }
        if (outcome.already()) {
            Map<String, Object> already = new LinkedHashMap<>(); // in this order, as documented
            already.put("printed", false);
            already.put("already", true);
            answer(ex, 200, already);
        } else if (outcome.printed()) {
            answer(ex, 200, Map.of("printed", true));
        } else {
            answer(ex, 503, Map.of("error", outcome.reason()));
        }
    }

    /** The body, or null when it is larger than {@link #MAX_BODY} (not read further). */
    private static byte[] readBody(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        try {
            if (length != null && Long.parseLong(length.trim()) > MAX_BODY) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    private static void answer(HttpExchange ex, int status, Map<String, Object> json) throws IOException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            bytes = "{}".getBytes();
        }
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
