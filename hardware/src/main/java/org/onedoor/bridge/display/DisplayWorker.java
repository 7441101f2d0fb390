package org.onedoor.bridge.display;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.onedoor.bridge.JobAcks;

/**
 * One display bus's own thread. A display must change within a blink of the officer's call, so
 * display writes never wait behind a print job; on the bus they go one at a time, in order. The
 * bus's health is the result of its last write (a line that could not even be opened is retried
 * every health interval).
 *
 * <p>A display whose write failed (its board rebooting, its line down) is written again every
 * health interval with what it should show now, until a write succeeds: the server sends a
 * counter's number once, and the officer's next call may be minutes away.
 *
 * <p>A refresh (the server saying again what a display should show) is not written when the board
 * already shows it: some boards flash on every write, as they do for a call, and a board flashing
 * every minute looks like a number called again. A board that can be read back is asked; one that
 * cannot is trusted to show what this bridge last wrote to it for {@link #TRUST_WRITTEN} (a board
 * of that kind that lost power shows its number again within that time), and not at all once its
 * line failed (a power cut that took the board took its line's converter too).
 */
public final class DisplayWorker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DisplayWorker.class.getName());

    public record Health(boolean online, String error) {
    }

    private final String name;
    private final DisplayBus bus;
    private final Duration probeEvery;
    private final Runnable onHealthChange;
    private final ScheduledExecutorService thread;
    private volatile Health health;
    /** Address → what the display there should show but does not: touched on this worker's thread only. */
    private final Map<Integer, Write> unwritten = new LinkedHashMap<>();
    /**
     * Boards of a working line that did not take their last write, by address: the health report
     * names them until they do. A later good write to another board must not hide a dead one.
     */
    private final Map<Integer, String> boardErrors = new java.util.TreeMap<>();
    /** How long a board that cannot be read back is trusted to show what it was last given. */
    static final Duration TRUST_WRITTEN = Duration.ofMinutes(10);
    /** Address → what this bridge last wrote there and the board took ("" blank), and when: this worker's thread only. */
    private final Map<Integer, Written> written = new java.util.HashMap<>();
    private final Duration trustWritten;

    private record Written(String shows, long atNanos) {
    }

    public DisplayWorker(String name, DisplayBus bus, Duration probeEvery, Runnable onHealthChange) {
        this(name, bus, probeEvery, onHealthChange, TRUST_WRITTEN);
    }

    DisplayWorker(String name, DisplayBus bus, Duration probeEvery, Runnable onHealthChange, Duration trustWritten) {
        this.trustWritten = trustWritten;
        this.name = name;
        this.bus = bus;
        this.probeEvery = probeEvery;
        this.onHealthChange = onHealthChange;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "display-" + name));
    }

    public String name() {
        return name;
    }

    DisplayBus bus() {
        return bus;
    }

    /** The bus's last known state; null until it was first checked. */
    public Health health() {
        return health;
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::probeAndRewrite, 0, probeEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Shows text on the display {@code label} (its address as the server gave it); a {@code refresh}
     * is not written to a board that shows it already.
     */
    public void show(String job, String label, int address, String text, boolean recall, boolean refresh, JobAcks acks) {
        // written again after a failure without the recall's flashing: the call is long past by then
        thread.execute(() -> run(job, label, acks, address, refresh, new Write(text, () -> bus.show(address, text, recall)),
                new Write(text, () -> bus.show(address, text, false)), "shows " + text + (recall ? " (recall)" : "")));
    }

    public void clear(String job, String label, int address, boolean refresh, JobAcks acks) {
        Write clear = new Write("", () -> bus.clear(address));
        thread.execute(() -> run(job, label, acks, address, refresh, clear, clear, "cleared"));
    }

    private interface Action {
        void run() throws IOException;
    }

    /** A write to a board, and what the board shows once it took it ("" blank). */
    private record Write(String shows, Action action) {
        void run() throws IOException {
            action.run();
        }
    }

    private void run(String job, String label, JobAcks acks, int address, boolean refresh, Write write, Write again,
            String done) {
        try {
            if (refresh && alreadyShows(address, write.shows())) {
                LOG.log(Level.DEBUG, "display " + label + " already " + done);
                acks.ack(job, true, null);
                return;
            }
            write.run();
            took(address, write);
            LOG.log(Level.INFO, "display " + label + " " + done);
            acks.ack(job, true, null);
            update(lineUp());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "display " + label + " failed: " + e.getMessage());
            acks.ack(job, false, e.getMessage());
            failed(address, again, e);
        }
    }

    /** Whether the board shows this already; a board that cannot be asked, what it was last given. */
    private boolean alreadyShows(int address, String shows) {
        if (unwritten.containsKey(address)) {
            return false;
        }
        Boolean read;
        try {
            read = bus.shows(address, shows);
        } catch (IOException | RuntimeException e) {
            return false; // the write finds out, and says so
        }
        Written last = written.get(address);
        return read != null ? read
                : last != null && last.shows().equals(shows) && System.nanoTime() - last.atNanos() < trustWritten.toNanos();
    }

    private void took(int address, Write write) {
        unwritten.remove(address);
        boardErrors.remove(address);
        written.put(address, new Written(write.shows(), System.nanoTime()));
    }

    /** A write that failed: kept to be written again, unless no write could ever reach that address. */
    private void failed(int address, Write again, Exception e) {
        written.remove(address);
        if (e instanceof IllegalArgumentException) {
            unwritten.remove(address);
        } else {
            unwritten.put(address, again);
        }
        // a board that does not answer is that board's problem; the bus is down only when the line is
        if (e instanceof BoardException || e instanceof IllegalArgumentException) {
            boardErrors.put(address, e.getMessage());
            update(lineUp());
        } else {
            written.clear(); // the line failed: what its boards show is not known any more
            update(new Health(false, e.getMessage()));
        }
    }

    /** The line works: its health names each board still failing ("modbus:3: no answer from modbus unit 3"), if any. */
    private Health lineUp() {
        if (boardErrors.isEmpty()) {
            return new Health(true, null);
        }
        StringBuilder error = new StringBuilder();
        boardErrors.forEach((address, message) -> error.append(error.isEmpty() ? "" : "; ")
                .append(name).append(':').append(address).append(": ").append(message));
        return new Health(true, error.toString());
    }

    /** Every health interval: a line that is down is opened again, and what displays missed is written. */
    private void probeAndRewrite() {
        Health now = health;
        if (now == null || !now.online()) {
            try {
                bus.probe();
                update(lineUp());
            } catch (IOException | RuntimeException e) {
                bus.close();
                written.clear();
                update(new Health(false, e.getMessage()));
                return;
            }
        }
        for (Map.Entry<Integer, Write> missed : List.copyOf(unwritten.entrySet())) {
            try {
                missed.getValue().run();
                took(missed.getKey(), missed.getValue());
                LOG.log(Level.INFO, "display " + name + ":" + missed.getKey() + " set again after a failed write");
                update(lineUp());
            } catch (IOException | RuntimeException e) {
                failed(missed.getKey(), missed.getValue(), e);
                return; // the rest waits for the next interval rather than for every timeout now
            }
        }
    }

    private void update(Health now) {
        Health before = health;
        health = now;
        if (!Objects.equals(before, now)) {
            if (before == null || before.online() != now.online()) {
                LOG.log(now.online() ? Level.INFO : Level.WARNING, "display bus " + name + ": "
                        + (now.online() ? "online" : "offline (" + now.error() + ")"));
            }
            onHealthChange.run();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bus.close();
    }
}
