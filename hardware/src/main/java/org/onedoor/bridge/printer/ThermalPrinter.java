package org.onedoor.bridge.printer;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.onedoor.bridge.transport.ByteLink;
import org.onedoor.bridge.transport.Endpoint;
import org.onedoor.bridge.transport.Links;

/**
 * An ESC/POS receipt printer on any transport. Each print job and each status poll uses a
 * connection of its own: cheap network printers serve one client at a time, and a fresh
 * connection never holds a stale answer.
 */
public final class ThermalPrinter {

    /** DLE EOT 4: "paper roll sensor status"; the printer answers one byte, even while busy. */
    static final byte[] PAPER_STATUS = {0x10, 0x04, 0x04};
    /** A printer that has not answered in this time is taken as off or unplugged. */
    static final long STATUS_TIMEOUT_MILLIS = 1500;
    /**
     * Question times allowed for the answer after a ticket (about 4.5 s in all): a printer busy
     * with it answers within a few seconds, and the kiosk waits 8 s for a local print.
     */
    static final int QUESTIONS_AFTER_PRINT = 3;
    /** Between tries on a failed link: a printer that hung up may take a moment to listen again. */
    private static final long RETRY_PAUSE_MILLIS = 250;
    /** A ticket that takes longer than this to send is stuck (paper jam, a blocked socket). */
    private static final long JOB_TIME_LIMIT_MILLIS = 60_000;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "printer-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final String name;
    private final Endpoint endpoint;
    private final boolean statusCheck;

    /**
     * @param statusCheck false for printers that cannot answer DLE EOT (some one-way USB ones):
     *                    they are then printed to blind, with the paper state unknown
     */
    public ThermalPrinter(String name, Endpoint endpoint, boolean statusCheck) {
        this.name = name;
        this.endpoint = endpoint;
        this.statusCheck = statusCheck;
    }

    public String name() {
        return name;
    }

    /** What a print attempt came to, and what it told of the printer. */
    public record Result(boolean printed, String reason, PrinterHealth health) {
    }

    /** Asks the printer how it is, on a connection of its own. */
    public PrinterHealth poll() {
        try (ByteLink link = Links.open(endpoint, 5000)) {
            return statusCheck ? ask(link) : new PrinterHealth(true, null, null);
        } catch (IOException e) {
            return PrinterHealth.offline(e.getMessage());
        }
    }

    /**
     * Prints one ticket: checks the paper, sends the bytes, records the job in {@code done} at once
     * (a bridge that loses power now must not print it again when the server resends it), then
     * asks the printer again: only its answer makes the ticket printed. The write alone proves
     * nothing on a network printer: it returns once the kernel has the bytes.
     */
    public Result print(String job, byte[] escpos, DoneJobs done) {
        ByteLink link;
        try {
            link = Links.open(endpoint, (int) writeTimeMillis(escpos.length));
        } catch (IOException e) {
            return new Result(false, "printer not answering", PrinterHealth.offline(e.getMessage()));
        }
        ScheduledFuture<?> guard = WATCHDOG.schedule(link::close, JOB_TIME_LIMIT_MILLIS + writeTimeMillis(escpos.length),
                TimeUnit.MILLISECONDS);
        try (link) {
            PrinterHealth before = statusCheck ? ask(link) : new PrinterHealth(true, null, null);
            if (!before.online()) {
                return new Result(false, "printer not answering", before);
            }
            if ("OUT".equals(before.paper())) {
                return new Result(false, "out of paper", before);
            }
            try {
                link.write(escpos);
            } catch (IOException e) {
                return new Result(false, "printer error: " + e.getMessage(), PrinterHealth.offline(e.getMessage()));
            }
            done.add(job);
            PrinterHealth after = statusCheck ? confirm(link) : before;
            if (!after.online()) {
                // maybe printed, maybe not: reported failed, so the kiosk tells its citizen to keep
                // the number from the screen rather than wait for paper (the server does not resend it)
                return failedAfterWrite(done, job, "printer stopped answering while printing", after);
            }
            if ("OUT".equals(after.paper())) {
                // roll ran out (or cover opened) mid-ticket: the citizen has half a ticket at best;
                // already in done, so a resend never prints it twice, and answers this failure again
                return failedAfterWrite(done, job, "paper ran out while printing", after);
            }
            return new Result(true, null, after);
        } catch (IOException e) {
            // the ticket went out but its id could not be stored: say so loudly, it was still printed
            System.getLogger(ThermalPrinter.class.getName()).log(System.Logger.Level.ERROR,
                    "printed " + job + " but could not record it in the state dir: " + e.getMessage());
            return new Result(true, null, new PrinterHealth(true, null, null));
        } finally {
            guard.cancel(false);
        }
    }

    /** A job whose bytes went out and then failed: recorded so, and a resend says so again. */
    private static Result failedAfterWrite(DoneJobs done, String job, String why, PrinterHealth after) {
        try {
            done.failed(job, why);
        } catch (IOException e) {
            // still failed: only a resend after a lost acknowledgement would be taken for printed
            System.getLogger(ThermalPrinter.class.getName()).log(System.Logger.Level.ERROR,
                    "could not record in the state dir that " + job + " failed: " + e.getMessage());
        }
        return new Result(false, why, after);
    }

    /**
     * Asks after the ticket until the printer answers, for up to {@value #QUESTIONS_AFTER_PRINT}
     * question times: a printer busy with the ticket may miss a question, one that died with it
     * never answers. A link that failed (the printer hung up; a USB link after an unanswered read)
     * is replaced by a fresh one. A live but silent one is kept: a one-client printer would not
     * serve a second connection, and closing a socket with unread bytes resets it, which can drop
     * the ticket still on its way.
     */
    private PrinterHealth confirm(ByteLink printedOn) {
        // failed links are retried until the time of those questions is up, so that is the bound
        long deadline = System.nanoTime() + QUESTIONS_AFTER_PRINT * STATUS_TIMEOUT_MILLIS * 1_000_000;
        ByteLink link = printedOn;
        PrinterHealth answer = PrinterHealth.offline("printer not answering");
        int unanswered = 0;
        try {
            while (unanswered < QUESTIONS_AFTER_PRINT && System.nanoTime() < deadline) {
                try {
                    if (link == null) {
                        link = Links.open(endpoint, (int) writeTimeMillis(PAPER_STATUS.length));
                    }
                    PrinterHealth health = question(link);
                    if (health != null) {
                        return health;
                    }
                    unanswered++;
                    answer = PrinterHealth.offline("printer not answering");
                } catch (IOException e) {
                    answer = PrinterHealth.offline(e.getMessage());
                    if (link != null) {
                        link.close(); // dead: closing it again later is harmless
                        link = null;
                    }
                    if (!pause(RETRY_PAUSE_MILLIS)) {
                        break;
                    }
                }
            }
        } finally {
            if (link != null && link != printedOn) {
                link.close();
            }
        }
        return answer;
    }

    /** Sends DLE EOT 4 and reads the one-byte answer; no answer in time means the printer is offline. */
    static PrinterHealth ask(ByteLink link) {
        try {
            PrinterHealth health = question(link);
            return health != null ? health : PrinterHealth.offline("printer not answering");
        } catch (IOException e) {
            return PrinterHealth.offline(e.getMessage());
        }
    }

    /** One DLE EOT 4: the paper state, or null when no answer came in time. */
    private static PrinterHealth question(ByteLink link) throws IOException {
        link.drain();
        link.write(PAPER_STATUS);
        byte[] answer = link.readUpTo(1, STATUS_TIMEOUT_MILLIS);
        return answer.length == 1 ? PrinterHealth.paper(answer[0] & 0xff) : null;
    }

    /** False when the thread was interrupted (the bridge is stopping): then no more tries. */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Time to push the bytes through a serial line twice over (10 bits a byte), plus a margin. */
    private long writeTimeMillis(int bytes) {
        if (endpoint instanceof Endpoint.Serial serial) {
            return 5000 + 2L * bytes * 10 * 1000 / serial.baud();
        }
        return 5000;
    }
}
