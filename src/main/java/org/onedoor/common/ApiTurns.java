package org.onedoor.common;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * API requests take {@link Turns turns}: at most {@link #atOnce} are served at once, and the rest
 * wait here, first come first served, rather than in the database pool's own line. At a busy
 * hour's peak a few hundred requests may be in flight on a node; each waits its turn (most for
 * milliseconds) instead of being refused. The pool's line stays short: past a few hundred waits
 * it refuses at once (503), and thousands of waits running out together left it believing its
 * connections leased for good (see {@code FailFastPool}). A request that has waited
 * {@link #MAX_WAIT_MILLIS}, or finds {@link #maxWaiting} ahead of it, gets 503 with Retry-After,
 * having done nothing.
 *
 * <p>What an officer does at a counter (call, start, complete, recall…) goes ahead of the kiosks'
 * issues and the pages' reads: when a node cannot keep up, the floor keeps moving and the queue
 * drains, where serving everyone in arrival order would slow the counters down with the kiosks.
 * Counters have at most one request in flight each, so the others' turn always comes.
 *
 * <p>A turn is held until the response is written or the client goes away, so it covers the
 * request's authentication, its work and its audit, whatever of them reads the database. Turns
 * are more than the pool's connections, so the pool always has the next request's work queued
 * while the last one writes its answer.
 */
@ApplicationScoped
public class ApiTurns {

    /** The pool's own wait: a request is refused no later than the pool would have refused it. */
    static final long MAX_WAIT_MILLIS = 5000;

    private static final Logger LOG = Logger.getLogger(ApiTurns.class);
    private static final WarningBurst REFUSED = new WarningBurst("API requests refused, too many waiting for a turn",
            LOG::warn);

    /** A counter's actions: on its tickets, and the counter's own (call-next, call, open, pause, close). */
    private static final Pattern COUNTER_WORK = Pattern.compile("/api/tickets/[^/]+/[^/]+|/api/centers/[^/]+/counters/[^/]+/[^/]+");

    @ConfigProperty(name = "onedoor.api.requests-at-once", defaultValue = "40")
    int atOnce;

    @ConfigProperty(name = "onedoor.api.requests-waiting", defaultValue = "4000")
    int maxWaiting;

    private Turns turns;

    @PostConstruct
    void start() {
        turns = new Turns("API requests", atOnce, maxWaiting, MAX_WAIT_MILLIS);
    }

    void install(@Observes Router router) {
        // after the deadline's timer (which counts the wait) and the body's size check; before
        // authentication, which may read the database too
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    void handle(RoutingContext context) {
        // Quarkus keeps an unread body paused until a handler asks for it (ResumingRequestWrapper):
        // pausing or resuming it here would switch that off, so the body simply waits with us
        CompletableFuture<Void> finished = new CompletableFuture<>();
        context.addEndHandler(ended -> finished.complete(null));
        AtomicReference<Cancellable> waiting = new AtomicReference<>();
        Supplier<Uni<Void>> work = () -> serve(context, finished);
        Uni<Void> turn = counterWork(context.request().method(), context.normalizedPath()) ? turns.admitAhead(work)
                : turns.admit(work);
        waiting.set(turn.subscribe()
                .with(done -> { }, failure -> refuse(context, failure)));
        // answered or gone while still waiting (the deadline's 503, a client that hung up): no turn
        finished.thenRun(() -> waiting.get().cancel());
    }

    static boolean counterWork(HttpMethod method, String path) {
        return HttpMethod.POST.equals(method) && path != null && COUNTER_WORK.matcher(path).matches();
    }

    /** The request goes on to the rest of the routes; its turn ends with its response. */
    private static Uni<Void> serve(RoutingContext context, CompletableFuture<Void> finished) {
        if (finished.isDone()) {
            return Uni.createFrom().voidItem();
        }
        context.next();
        return Uni.createFrom().completionStage(finished);
    }

    private static void refuse(RoutingContext context, Throwable failure) {
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        if (!(failure instanceof DatabaseBusy)) {
            context.fail(failure);
            return;
        }
        REFUSED.warn(context.request().method() + " " + context.request().path() + " refused: " + failure.getMessage());
        context.response().putHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        // a body left unread must not be taken for the next request on this connection
        String language = ProblemLanguage.ofHeader(context.request().getHeader("Accept-Language"));
        HttpFailures.answer(context, 503, "Service unavailable", ProblemLanguage.words(language).serverBusy(),
                !context.request().isEnded());
    }

    /** Requests being served now. */
    public int running() {
        return turns.running();
    }

    /** Requests waiting for their turn. */
    public int waiting() {
        return turns.waiting();
    }
}
