package org.onedoor.bridge.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.bridge.testing.PtyPair;
import org.onedoor.bridge.testing.ScriptedPrinter;
import org.onedoor.bridge.testing.TestEscPos;
import org.onedoor.bridge.transport.Endpoint;

/** A printer's worker: its jobs, and how it stops. */
class PrinterWorkerTest {

    private static final byte[] QUESTION = {0x10, 0x04, 0x04};

    @TempDir
    Path dir;

    DoneJobs done;
    final List<String> acks = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        done = new DoneJobs(dir.resolve("state"));
    }

    @AfterEach
    void stop() throws Exception {
        done.close();
    }

    private void ack(String job, boolean ok, String reason) {
        acks.add(job + " " + ok + " " + reason);
    }

    @Test
    void shouldFinishTheTicketInProgressWhenClosedAndLeaveQueuedJobsUnanswered() throws Exception {
        // a long ticket on a USB printer (a device file, where an interrupted write is cut off):
        // more than the line's buffers hold, so it is still being written when close() is called
        byte[] ticket = new byte[1 << 20];
        Arrays.fill(ticket, (byte) 'x');
        CountDownLatch printing = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        AtomicLong received = new AtomicLong();
        try (PtyPair line = new PtyPair(dir)) {
            Thread device = new Thread(() -> {
                try (DataInputStream in = new DataInputStream(Files.newInputStream(line.deviceEnd()));
                     OutputStream out = Files.newOutputStream(line.deviceEnd(), StandardOpenOption.WRITE)) {
                    answer(in, out);
                    received.addAndGet(take(in, 4096));
                    printing.countDown();
                    resume.await();
                    received.addAndGet(take(in, ticket.length - 4096));
                    answer(in, out);
                } catch (IOException | InterruptedException ended) {
                    // the line is gone: the ticket was cut, or the test is over
                }
            }, "usb-printer");
            device.setDaemon(true);
            device.start();
            PrinterWorker worker = new PrinterWorker(new ThermalPrinter("ticket", Endpoint.parse("usb:" + line.bridgeEnd(), 9600), true),
                    done, Duration.ofSeconds(30), () -> { });

            worker.submit("job-1", ticket, 0, this::ack);
            assertThat(printing.await(10, TimeUnit.SECONDS)).isTrue();
            worker.submit("job-2", TestEscPos.ticket(), 0, this::ack); // queued behind it
            Thread closer = new Thread(worker::close, "closer");
            closer.start();
            awaitWaiting(closer); // close() has begun and waits: only now may the printer go on
            resume.countDown();
            closer.join(TimeUnit.SECONDS.toMillis(20));

            assertThat(closer.isAlive()).isFalse();
            assertThat(received.get()).as("every byte of the ticket reached the printer").isEqualTo(ticket.length);
            assertThat(acks).containsExactly("job-1 true null");
            assertThat(done.contains("job-1")).isTrue();
            // not started and not answered: the server still has it pending and sends it again
            assertThat(done.contains("job-2")).isFalse();
        }
    }

    /**
     * The server tells how long a ticket is worth printing: a kiosk PC that hung with the job in its
     * queue must not print it when it comes back, for the next citizen to pick up. Refused, and
     * not written to the done list (it was never printed).
     */
    @Test
    void shouldNotPrintAServerJobReachedAfterItsDeadline() throws Exception {
        int ticket = TestEscPos.ticket().length;
        try (ScriptedPrinter printer = ScriptedPrinter.start(talk -> {
            talk.answer();
            talk.ticket(ticket);
            talk.answer();
        })) {
            try (PrinterWorker worker = new PrinterWorker(new ThermalPrinter("ticket", Endpoint.parse(printer.endpoint(), 9600), true),
                    done, Duration.ofSeconds(30), () -> { })) {
                worker.submit("late", TestEscPos.ticket(), System.nanoTime() - 1, this::ack);
                worker.submit("in-time", TestEscPos.ticket(), System.nanoTime() + TimeUnit.MINUTES.toNanos(1), this::ack);
                for (int waited = 0; acks.size() < 2 && waited < 200; waited++) {
                    Thread.sleep(100);
                }
            }
            assertThat(acks).containsExactly("late false " + PrinterWorker.EXPIRED, "in-time true null");
            assertThat(done.contains("late")).isFalse();
            assertThat(printer.failure()).isNull();
        }
    }

    /**
     * The server's jobs keep their protocol beside the local ones tried once: a job torn mid-print
     * and sent again is answered failed again (never printed twice, never taken for printed); a
     * job refused before its bytes went out (no paper) prints when it is sent again with paper.
     */
    @Test
    void shouldAnswerAServerJobSentAgainAsItsFirstTryEndedAndPrintOneThatNeverWentOut() throws Exception {
        int ticket = TestEscPos.ticket().length;
        try (ScriptedPrinter printer = ScriptedPrinter.start(
                talk -> { // the torn one
                    talk.answer();
                    talk.ticket(ticket);
                    talk.answerPaperOut();
                },
                talk -> talk.answerPaperOut(), // the next, refused before printing
                talk -> { // the same, sent again once the roll is changed
                    talk.answer();
                    talk.ticket(ticket);
                    talk.answer();
                })) {
            try (PrinterWorker worker = new PrinterWorker(new ThermalPrinter("ticket", Endpoint.parse(printer.endpoint(), 9600), true),
                    done, Duration.ofHours(1), () -> { })) {
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                worker.submit("torn", TestEscPos.ticket(), deadline, this::ack);
                worker.submit("torn", TestEscPos.ticket(), deadline, this::ack);
                worker.submit("no-paper", TestEscPos.ticket(), deadline, this::ack);
                worker.submit("no-paper", TestEscPos.ticket(), deadline, this::ack);
                for (int waited = 0; acks.size() < 4 && waited < 200; waited++) {
                    Thread.sleep(100);
                }
            }
            assertThat(acks).containsExactly("torn false paper ran out while printing", "torn false paper ran out while printing",
                    "no-paper false out of paper", "no-paper true null");
            assertThat(printer.failure()).isNull();
        }
    }

    @Test
    void shouldNotPrintAgainAJobWhosePaperRanOutWhilePrinting() throws Exception {
        int ticket = TestEscPos.ticket().length;
        // one connection only: a second print would be refused, and then fail rather than answer "already"
        try (ScriptedPrinter runsOut = ScriptedPrinter.start(talk -> {
            talk.answer();
            talk.ticket(ticket);
            talk.answerPaperOut();
        })) {
            PrinterWorker worker = new PrinterWorker(new ThermalPrinter("ticket", Endpoint.parse(runsOut.endpoint(), 9600), true),
                    done, Duration.ofSeconds(30), () -> { });
            try (worker) {
                PrinterWorker.Outcome first = worker.printOnce("job-1", TestEscPos.ticket()).get(20, TimeUnit.SECONDS);
                PrinterWorker.Outcome resent = worker.printOnce("job-1", TestEscPos.ticket()).get(20, TimeUnit.SECONDS);

                assertThat(first).isEqualTo(new PrinterWorker.Outcome(false, false, "paper ran out while printing"));
                assertThat(resent).as("not printed again, and not taken for printed")
                        .isEqualTo(new PrinterWorker.Outcome(false, true, "paper ran out while printing"));
                assertThat(resent.onPaper()).isFalse();
                assertThat(runsOut.failure()).isNull();
            }
            try (DoneJobs afterRestart = new DoneJobs(dir.resolve("state"))) {
                assertThat(afterRestart.contains("job-1")).isTrue();
                assertThat(afterRestart.failure("job-1")).isEqualTo("paper ran out while printing");
            }
        }
    }

    /** Reads a paper question and answers "paper OK". */
    private static void answer(DataInputStream in, OutputStream out) throws IOException {
        byte[] got = new byte[QUESTION.length];
        in.readFully(got);
        if (!Arrays.equals(got, QUESTION)) {
            throw new IOException("expected DLE EOT 4, got " + Arrays.toString(got));
        }
        out.write(0x12);
        out.flush();
    }

    private static long take(DataInputStream in, int length) throws IOException {
        in.readFully(new byte[length]);
        return length;
    }

    /**
     * Waits until the thread is in a timed wait (close() waiting for the worker): there is no
     * latch inside close() to wait on.
     */
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("close() waiting").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
