package org.onedoor.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How big a request body may be, per path, answered with a 413 problem before a byte of the body
 * is read. Most bodies are a few hundred bytes of JSON; only uploads are large, and each has its
 * own ceiling just above the largest file its service accepts, so the service's own message
 * ("a logo is at most 256 KB") answers a near miss. The connection is closed after the answer,
 * so the unread body is never parsed as a next request.
 *
 * <p>This sees the Content-Length every ordinary client (browser, curl, the bridge) sends. A
 * chunked body has none: it is read here, up to the same limit, by Vert.x's body handler, which
 * fails the request with 413 beyond it ({@link HttpFailures} answers). Left to the REST layer, a
 * chunked body over {@code quarkus.http.limits.max-body-size} got a bare 413 with no problem.
 */
@ApplicationScoped
public class BodyLimits {

    /** Any JSON or form body: the largest, a center's settings with its 500-character notice, is ~2 KB. */
    static final long DEFAULT = 64 * 1024;

    record Limit(Pattern path, long bytes) {
    }

    static final List<Limit> LIMITS = List.of(
            // a province's catalogue of procedures as CSV: ~2,000 rows of ~500 bytes
            new Limit(Pattern.compile("/api/centers/[^/]+/(fields|procedures)/import"), 4 * 1024 * 1024),
            // one recorded word; VoicePacks keeps at most 1,000,000 bytes
            new Limit(Pattern.compile("/api/voice-packs/[^/]+/clips/[^/]+"), 1024 * 1024),
            // a ticket logo; TicketLayoutService keeps at most 256 KB
            new Limit(Pattern.compile("/api/centers/[^/]+/ticket-layout/logo"), 512 * 1024));

    /** One body reader per limit: they buffer a chunked body and refuse it past the limit. */
    private static final Map<Long, BodyHandler> READERS = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        // before authentication and everything else: a body that is too large is refused unread
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    void check(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limit(context.normalizedPath());
        if (header == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true)) {
            READERS.computeIfAbsent(limit, l -> BodyHandler.create(false).setBodyLimit(l)).handle(context);
            return;
        }
        if (header != null) {
            long length;
            try {
                length = Long.parseLong(header.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) {
                HttpFailures.answer(context, 400, "Bad request", "Content-Length '" + header + "' is not a size.", true);
                return;
            }
            if (length > limit) {
                HttpFailures.answer(context, 413, "Payload too large", "The body has " + length
                        + " bytes; at most " + limit + " are accepted here.", true);
                return;
            }
        }
        context.next();
    }

    static long limit(String path) {
        for (Limit l : LIMITS) {
            if (l.path().matcher(path).matches()) {
                return l.bytes();
            }
        }
        return DEFAULT;
    }
}
