import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One counter worked by an officer (the admin account, HTTP Basic): call the next ticket, start
 * it, serve it for a while, complete it. Both phases use it; each request's latency is measured
 * from its own send, because an officer waits for the answer before doing anything else.
 */
final class Officer {

    enum Outcome { SERVED, NOBODY_WAITING, FAILED }

    /** Hears of each ticket called: when call-next was sent, its answer, the ticket's id. */
    interface Called {
        void called(long sent, Api.Reply reply, String ticketId);
    }

    private final Api api;
    private final String admin;
    final String center;
    final int counter;
    private final Actions actions;
    private final ErrorCounts errors;
    private final ScheduledExecutorService timer;

    Officer(Api api, String admin, String center, int counter, Actions actions, ErrorCounts errors,
            ScheduledExecutorService timer) {
        this.api = api;
        this.admin = admin;
        this.center = center;
        this.counter = counter;
        this.actions = actions;
        this.errors = errors;
        this.timer = timer;
    }

    /**
     * Serves one ticket. {@code measuring} is asked at each send (warm-up requests are not
     * recorded); {@code called} hears of each call-next answer with its ticket id.
     */
    CompletableFuture<Outcome> serveOne(long serviceNanos, BooleanSupplier measuring, Called called) {
        boolean m0 = measuring.getAsBoolean();
        long t0 = System.nanoTime();
        return api.send("POST", "/api/centers/" + center + "/counters/" + counter + "/call-next", null, admin)
                .thenCompose(reply -> {
                    if (reply.is(204)) {
                        record(Actions.CALL_NEXT, m0, reply.arrived() - t0);
                        return done(Outcome.NOBODY_WAITING);
                    }
                    String id = reply.is(200) ? Api.firstId(reply.body()) : null;
                    if (id == null) {
                        errors.add(Actions.CALL_NEXT, reply.kind());
                        return recover();
                    }
                    record(Actions.CALL_NEXT, m0, reply.arrived() - t0);
                    called.called(t0, reply, id);
                    return step(Actions.START, id, measuring).thenCompose(started -> !started ? recover()
                            : delay(serviceNanos).thenCompose(served -> step(Actions.COMPLETE, id, measuring))
                                    .thenCompose(completed -> completed ? done(Outcome.SERVED) : recover()));
                });
    }

    /** POST /api/tickets/{id}/{action}; true on 200. */
    private CompletableFuture<Boolean> step(String action, String id, BooleanSupplier measuring) {
        boolean m = measuring.getAsBoolean();
        long t = System.nanoTime();
        return api.send("POST", "/api/tickets/" + id + "/" + action, null, admin).thenApply(reply -> {
            if (!reply.is(200)) {
                errors.add(action, reply.kind());
                return false;
            }
            record(action, m, reply.arrived() - t);
            return true;
        });
    }

    private void record(String action, boolean measuring, long nanos) {
        if (measuring) {
            actions.get(action).record(nanos);
        }
    }

    /**
     * After an error (or a timeout that may have succeeded on the server), read what stands at
     * the counter and finish it, so the counter is free again. Always ends in FAILED.
     */
    CompletableFuture<Outcome> recover() {
        return api.send("GET", "/api/centers/" + center + "/queue", null, admin).thenCompose(reply -> {
            if (!reply.is(200)) {
                errors.add("recover (queue read)", reply.kind());
                return done(Outcome.FAILED);
            }
            String body = reply.body();
            int at = body.indexOf("{\"number\":" + counter + ",", Math.max(0, body.indexOf("\"counters\":[")));
            int now = at < 0 ? -1 : body.indexOf("\"nowServing\":", at);
            if (now < 0 || body.startsWith("null", now + "\"nowServing\":".length())) {
                return done(Outcome.FAILED);
            }
            String rest = body.substring(now);
            String id = Api.firstId(rest);
            String state = Api.stringMember(rest, "state");
            CompletableFuture<Boolean> started = "CALLED".equals(state) ? step(Actions.START, id, () -> false)
                    : CompletableFuture.completedFuture(true);
            return started.thenCompose(ok -> step(Actions.COMPLETE, id, () -> false)).thenApply(ok -> Outcome.FAILED);
        });
    }

    /** Completes after the given time, on the timer thread (no thread sleeps). */
    CompletableFuture<Void> delay(long nanos) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        if (nanos <= 0) {
            f.complete(null);
        } else {
            timer.schedule(() -> f.complete(null), nanos, TimeUnit.NANOSECONDS);
        }
        return f;
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
