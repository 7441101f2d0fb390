import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads /proc every 200 ms: the server's resident memory (VmRSS of the java process), with its
 * peak, and this generator's; every second PostgreSQL's (the sum of Pss over the postmaster and
 * its backends, so shared buffers count once) and its peak; and, on demand, the CPU time of the server, PostgreSQL, this
 * generator and the whole machine, so each phase can say who was busy.
 */
final class ProcessSampler {

    /** Cumulative CPU seconds at one moment ({@code serverJit}: the server's JIT compiler threads, part of {@code server}). */
    record Cpu(long at, double server, double serverJit, double postgres, double generator, double[] machine) {

        /**
         * Cores used between {@code earlier} and this sample by the server, PostgreSQL, this
         * generator, the kernel's interrupt work (loopback networking mostly lands there) and
         * everything else (another program running meanwhile makes the figures worthless: this
         * shows it); then the machine's busy share and the share the hypervisor took (steal); last,
         * the cores the server's JIT compiler threads used (counted in the server's too).
         */
        double[] since(Cpu earlier) {
            double wall = (at - earlier.at) / 1e9;
            double total = machine[3] - earlier.machine[3];
            int cores = Runtime.getRuntime().availableProcessors();
            double tasks = total <= 0 ? 0 : (machine[0] - earlier.machine[0]) / total * cores;
            double irq = total <= 0 ? 0 : (machine[1] - earlier.machine[1]) / total * cores;
            double steal = total <= 0 ? 0 : (machine[2] - earlier.machine[2]) / total;
            double s = (server - earlier.server) / wall;
            double p = (postgres - earlier.postgres) / wall;
            double g = (generator - earlier.generator) / wall;
            double jit = (serverJit - earlier.serverJit) / wall;
            return new double[] {s, p, g, irq, Math.max(0, tasks - s - p - g), (tasks + irq) / cores, steal, jit};
        }
    }

    private final long serverPid;
    private final long postgresPid;
    private final double ticksPerSecond;
    private volatile long serverRss;
    private volatile long serverPeak;
    private volatile long postgresPss;
    private volatile long postgresPeak;
    /** The peak since the last {@link #resetWindow()}: the peak of one phase. */
    private volatile long windowServerPeak;
    private volatile long windowPostgresPeak;
    private volatile long generatorPeak;

    ProcessSampler(long serverPid, long postgresPid, int clockTicks) {
        this.serverPid = serverPid;
        this.postgresPid = postgresPid;
        this.ticksPerSecond = clockTicks;
    }

    void start(ScheduledExecutorService timer) {
        timer.scheduleAtFixedRate(this::sampleJava, 0, 200, TimeUnit.MILLISECONDS);
        // Once a second, not every 200 ms: the kernel walks a process's page tables to write its
        // smaps_rollup, and doing it for each of PostgreSQL's processes five times a second was a
        // sixth of the generator's samples at the day's peak (a JFR profile, 2026-12-04), CPU taken
        // from the machine the server runs on. PostgreSQL's memory is reported, not a target.
        if (postgresPid > 0) {
            timer.scheduleAtFixedRate(this::samplePostgres, 0, 1, TimeUnit.SECONDS);
        }
    }

    /** The server's RSS (a target) and this generator's. */
    private void sampleJava() {
        if (serverPid > 0) {
            long rss = statusField(serverPid, "VmRSS:");
            serverRss = rss;
            serverPeak = Math.max(serverPeak, rss);
            windowServerPeak = Math.max(windowServerPeak, rss);
        }
        generatorPeak = Math.max(generatorPeak, statusField(ProcessHandle.current().pid(), "VmRSS:"));
    }

    private void samplePostgres() {
        long pss = 0;
        for (long pid : postgresPids()) {
            pss += smapsField(pid, "Pss:");
        }
        postgresPss = pss;
        postgresPeak = Math.max(postgresPeak, pss);
        windowPostgresPeak = Math.max(windowPostgresPeak, pss);
    }

    void resetWindow() {
        windowServerPeak = serverRss;
        windowPostgresPeak = postgresPss;
    }

    long serverRssBytes() { return serverRss; }
    long serverPeakBytes() { return serverPeak; }
    long windowServerPeakBytes() { return windowServerPeak; }
    long postgresPeakBytes() { return postgresPeak; }
    long windowPostgresPeakBytes() { return windowPostgresPeak; }
    long generatorPeakBytes() { return generatorPeak; }

    Cpu cpu() {
        double pg = 0;
        if (postgresPid > 0) {
            // The postmaster's cutime/cstime hold the backends that have exited; live ones are added.
            pg = ticks(postgresPid, true);
            for (long pid : postgresPids()) {
                if (pid != postgresPid) {
                    pg += ticks(pid, false);
                }
            }
        }
        return new Cpu(System.nanoTime(), serverPid > 0 ? ticks(serverPid, false) / ticksPerSecond : 0,
                serverPid > 0 ? jitTicks(serverPid) / ticksPerSecond : 0, pg / ticksPerSecond,
                ticks(ProcessHandle.current().pid(), false) / ticksPerSecond, machineTicks());
    }

    /**
     * The CPU of a JVM's JIT compiler threads ("C1 CompilerThre…", "C2 CompilerThre…"): a server
     * still compiling new code paths is slower than its steady state, and this shows when it is.
     */
    private static double jitTicks(long pid) {
        double sum = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String comm = Files.readString(task.resolve("comm"));
                    if (comm.startsWith("C1 ") || comm.startsWith("C2 ")) {
                        sum += ticks(task.resolve("stat"), false);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread has gone
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return sum;
    }

    private List<Long> postgresPids() {
        List<Long> pids = new ArrayList<>();
        pids.add(postgresPid);
        ProcessHandle.of(postgresPid).ifPresent(p -> p.children().forEach(c -> pids.add(c.pid())));
        return pids;
    }

    /** utime + stime (+ cutime + cstime of reaped children) from /proc/pid/stat, in clock ticks. */
    private static double ticks(long pid, boolean withChildren) {
        return ticks(Path.of("/proc/" + pid + "/stat"), withChildren);
    }

    /** The same from a stat file: a process's, or one thread's (/proc/pid/task/tid/stat). */
    private static double ticks(Path statFile, boolean withChildren) {
        try {
            String stat = Files.readString(statFile);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is f[0]; utime f[11], stime f[12], cutime f[13], cstime f[14]
            double t = Double.parseDouble(f[11]) + Double.parseDouble(f[12]);
            return withChildren ? t + Double.parseDouble(f[13]) + Double.parseDouble(f[14]) : t;
        } catch (IOException | RuntimeException e) {
            return 0; // the process has gone (a backend that just exited)
        }
    }

    /** {user+nice+system, irq+softirq, steal, total} jiffies of the whole machine, from /proc/stat. */
    private static double[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            double[] v = new double[9];
            for (int i = 1; i < f.length && i <= 8; i++) {
                v[i] = Double.parseDouble(f[i]); // user nice system idle iowait irq softirq steal (guest is inside user)
            }
            double total = v[1] + v[2] + v[3] + v[4] + v[5] + v[6] + v[7] + v[8];
            return new double[] {v[1] + v[2] + v[3], v[6] + v[7], v[8], total};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0, 0, 0};
        }
    }

    private static long statusField(long pid, String name) {
        return kibField(Path.of("/proc/" + pid + "/status"), name);
    }

    private static long smapsField(long pid, String name) {
        return kibField(Path.of("/proc/" + pid + "/smaps_rollup"), name);
    }

    private static long kibField(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }
}
