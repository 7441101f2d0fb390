package org.onedoor.common;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * No API request hangs: one that has not answered within {@link #SECONDS} (a database whose host
 * froze, a network that stalls without resetting) gets a 503 problem+json, so a kiosk or a counter
 * can tell its user to wait instead of spinning. The work itself may still finish later; the
 * client, told so, checks before repeating a change.
 */
@ApplicationScoped
public class RequestDeadline {

    static final long SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(RequestDeadline.class);

    /**
     * A manager's long work — a province's monthly report, a catalogue import, the audit export —
     * may take longer than a kiosk may wait, and its page says it is working; it keeps the pool's
     * own 5 s wait for a connection, so it still fails fast while the database is away.
     */
    private static final Pattern LONG_WORK = Pattern.compile(
            "/api/reports(/.*)?|/api/centers/[^/]+/(fields|procedures)/import|/api/audit/csv");

    @Inject
    Vertx vertx;

    static boolean appliesTo(String path) {
        return path != null && !LONG_WORK.matcher(path).matches();
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(context -> {
            if (!appliesTo(context.request().path())) {
                context.next();
                return;
            }
            HttpServerResponse response = context.response();
            long timer = vertx.setTimer(SECONDS * 1000, id -> {
                if (!response.ended() && !response.headWritten() && !response.closed()) {
                    LOG.warnf("%s %s took over %d s: answered 503", context.request().method(), context.request().path(), SECONDS);
                    response.putHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
                    // in the page's language: the guidance desk shows it to its officer as it is
                    String language = ProblemLanguage.ofHeader(context.request().getHeader("Accept-Language"));
                    HttpFailures.answer(context, 503, "Service unavailable", ProblemLanguage.words(language).deadlinePassed(),
                            false);
                }
            });
            context.addEndHandler(done -> vertx.cancelTimer(timer));
            context.next();
        });
    }
}
