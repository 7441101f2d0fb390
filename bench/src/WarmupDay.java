import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warm-up day, not measured: a day on the busy centers just before the measured one,
 * with the same requests (kiosk issues, counters calling, starting, completing and polling
 * call-next when nobody waits, kiosk home and queue reads, calls fanned out to the screens) at the
 * same peak rate, so that its queues grow as long as the measured day's.
 *
 * <p>Why: the lifecycles phase warms issue, call, start and complete, but not what only a day
 * does (call-next with nobody waiting, kiosk home and queue reads, calls fanned out to screens),
 * and a production server has run for days and meets its morning peak with compiled code. It
 * lowered the JIT's share of the peak in shorter runs (0.12 core against 0.24–0.35). In full runs a
 * 30 s warm-up left the JIT 0.22–0.32 core at the peak: its compilations there were mostly C2's
 * first of methods whose call counts only then crossed C2's threshold. 120 s takes it to 0.00–0.03
 * (bench/README.md, "What limits it now").
 *
 * <p>Nothing of it reaches the measured figures: its latencies stay in its own {@link DayPhase},
 * its calls are excluded from call→screen, its errors are filed under their own phase. At its end
 * the counters stop calling and the tickets never called are cancelled (closing time), its counters
 * finish the ticket in hand,
 * and the queues are read to show that the measured day starts, as a morning does, with nobody
 * waiting.
 */
final class WarmupDay {

    static final String PHASE = "warm-up day";

    private static final Pattern WAITING = Pattern.compile("\"waiting\":(\\d+)");

    /**
     * What the report says of it: {@code tookSeconds} includes the closing; {@code leftWaiting} and
     * {@code leftAtCounters} are the tickets waiting, or still called or served at a counter, after it.
     */
    record Result(int seconds, double peakRate, double tookSeconds, long issued, long served, long cancelled, long errors,
            int leftWaiting, int leftAtCounters, double[] cpu) {
    }

    private WarmupDay() {
    }

    static Result run(Options o, DayPhase day, Api readers, List<FloorSetup.Center> centers, ErrorCounts errors,
            ProcessSampler sampler) throws InterruptedException {
        int seconds = o.integer("warmup-day-seconds");
        double rate = o.number("issue-rate");
        if (seconds <= 0) {
            return new Result(0, rate, 0, 0, 0, 0, 0, 0, 0, null);
        }
        errors.phase(PHASE);
        LoadBench.say("warm-up day (not measured): %d s, peak %s issues/s", seconds, Report.num(rate));
        ProcessSampler.Cpu c0 = sampler.cpu();
        long t = System.nanoTime();
        // arrivals and service times of their own: the measured day's draws stay those of --seed
        DayPhase.Result r = day.run(seconds, rate, o.longValue("service-ms"), o.number("service-sigma"), o.longValue("poll-ms"),
                o.longValue("kiosk-read-ms"), o.longValue("queue-read-ms"), o.longValue("seed") + 1000);
        double took = (System.nanoTime() - t) / 1e9;
        double[] cpu = sampler.cpu().since(c0);
        int[] left = leftInQueues(readers, centers);
        LoadBench.say("  %d issued, %d served, %d cancelled at its end, in %.1f s; %d waiting and %d at a counter after it;"
                + " server CPU %.2f (JIT %.2f)", r.issued(), r.served(), day.cancelled(), took, left[0], left[1], cpu[0], cpu[7]);
        return new Result(seconds, rate, took, r.issued(), r.served(), day.cancelled(), errors.count(PHASE), left[0], left[1],
                cpu);
    }

    /** Tickets waiting, and tickets called or being served at a counter, over the centers' queue views (-1: unread). */
    private static int[] leftInQueues(Api readers, List<FloorSetup.Center> centers) {
        List<CompletableFuture<Api.Reply>> replies = centers.stream()
                .map(c -> readers.send("GET", "/api/centers/" + c.code() + "/queue", null, null)).toList();
        int waiting = 0;
        int atCounters = 0;
        for (CompletableFuture<Api.Reply> f : replies) {
            Api.Reply reply = f.join();
            if (!reply.is(200)) {
                return new int[] {-1, -1};
            }
            Matcher m = WAITING.matcher(reply.body());
            while (m.find()) {
                waiting += Integer.parseInt(m.group(1));
            }
            for (int at = reply.body().indexOf("\"nowServing\":{"); at >= 0; at = reply.body().indexOf("\"nowServing\":{", at + 1)) {
                atCounters++;
            }
        }
        return new int[] {waiting, atCounters};
    }
}
