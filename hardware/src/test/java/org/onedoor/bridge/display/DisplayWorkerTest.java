package org.onedoor.bridge.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A display that missed its number (board rebooting, line down) gets it once it answers again. */
class DisplayWorkerTest {

    /** A bus whose boards do not answer while {@code down}; it records what reached them. */
    static final class FlakyBus implements DisplayBus {
        volatile boolean down;
        volatile boolean lineDown;
        final java.util.Set<Integer> dead = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final List<String> shown = new CopyOnWriteArrayList<>();
        /** What each board shows, when the bus can read its boards back; null: it cannot. */
        volatile java.util.Map<Integer, String> boards;

        @Override
        public void show(int address, String text, boolean recall) throws IOException {
            if (dead.contains(address)) {
                throw new BoardException("no answer from unit " + address);
            }
            write(address + "=" + text + (recall ? " (recall)" : ""));
        }

        @Override
        public void clear(int address) throws IOException {
            write(address + "=blank");
        }

        private void write(String what) throws IOException {
            if (lineDown) {
                throw new IOException("line down");
            }
            if (down) {
                throw new BoardException("no answer");
            }
            shown.add(what);
            if (boards != null) {
                String[] board = what.split("=", 2);
                boards.put(Integer.parseInt(board[0]), board[1].replace(" (recall)", "").replace("blank", ""));
            }
        }

        @Override
        public Boolean shows(int address, String text) {
            return boards == null ? null : text.equals(boards.getOrDefault(address, ""));
        }

        @Override
        public void probe() throws IOException {
            if (lineDown) {
                throw new IOException("line down");
            }
        }

        @Override
        public int minAddress() {
            return 1;
        }

        @Override
        public int maxAddress() {
            return 247;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void shouldWriteAgainWhatABoardMissedOnceItAnswers() throws Exception {
        FlakyBus bus = new FlakyBus();
        List<String> acks = new CopyOnWriteArrayList<>();
        try (DisplayWorker worker = new DisplayWorker("modbus", bus, Duration.ofMillis(50), () -> { })) {
            worker.start();
            bus.down = true;
            worker.show("j1", "modbus:3", 3, "A001", false, false, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j2", "modbus:4", 4, "B001", true, false, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j3", "modbus:3", 3, "A002", false, false, (job, ok, reason) -> acks.add(job + " " + ok));
            await(() -> acks.size() == 3);
            assertThat(acks).containsExactly("j1 false", "j2 false", "j3 false");

            bus.down = false;
            await(() -> bus.shown.size() == 2);
            Thread.sleep(200);
            assertThat(bus.shown).as("each board's latest number, once, without the recall's flashing")
                    .containsExactly("3=A002", "4=B001");
        }
    }

    /**
     * One dead board on a working line: the next good write to another board must not hide it. The
     * health names it until it takes its number (a manager sees which board to go and look at).
     */
    @Test
    void shouldKeepNamingADeadBoardAfterOthersAreWritten() throws Exception {
        FlakyBus bus = new FlakyBus();
        List<String> acks = new CopyOnWriteArrayList<>();
        try (DisplayWorker worker = new DisplayWorker("modbus", bus, Duration.ofMillis(50), () -> { })) {
            bus.dead.add(3);
            worker.show("j1", "modbus:3", 3, "A001", false, false, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j2", "modbus:4", 4, "B001", false, false, (job, ok, reason) -> acks.add(job + " " + ok));
            await(() -> acks.size() == 2);

            assertThat(worker.health().online()).isTrue();
            assertThat(worker.health().error()).isEqualTo("modbus:3: no answer from unit 3");

            worker.start();
            bus.dead.clear();
            await(() -> bus.shown.contains("3=A001"));
            await(() -> worker.health().error() == null);
        }
    }

    /**
     * The server says each minute what every display shows: a board that shows it is not written,
     * for some boards flash on a write as on a call. A board that cannot be read back is trusted
     * to show what it was last given; one that can is asked, and written when it lost its number.
     */
    @Test
    void shouldNotWriteARefreshToABoardThatShowsItAlready() throws Exception {
        FlakyBus bus = new FlakyBus();
        List<String> acks = new CopyOnWriteArrayList<>();
        try (DisplayWorker worker = new DisplayWorker("vendor", bus, Duration.ofMillis(50), () -> { })) {
            worker.show("j1", "tcp:1", 1, "A001", false, true, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j2", "tcp:1", 1, "A001", false, true, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.clear("j3", "tcp:2", 2, false, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.clear("j4", "tcp:2", 2, true, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j5", "tcp:1", 1, "A001", true, false, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j6", "tcp:1", 1, "A002", false, true, (job, ok, reason) -> acks.add(job + " " + ok));
            await(() -> acks.size() == 6);
            assertThat(acks).as("every one done").containsExactly("j1 true", "j2 true", "j3 true", "j4 true", "j5 true", "j6 true");
            assertThat(bus.shown).as("the first refresh (nothing written yet), the clear, the recall, the change")
                    .containsExactly("1=A001", "2=blank", "1=A001 (recall)", "1=A002");

            bus.down = true; // a write that fails leaves the board's state unknown: the next refresh writes
            worker.show("j7", "tcp:1", 1, "A003", false, false, (job, ok, reason) -> acks.add(job + " " + ok));
            await(() -> acks.size() == 7);
            bus.down = false;
            worker.show("j8", "tcp:1", 1, "A002", false, true, (job, ok, reason) -> acks.add(job + " " + ok));
            await(() -> bus.shown.size() == 5);
            assertThat(bus.shown.get(4)).isEqualTo("1=A002");
        }

        // trusted for a while only, and not once the line failed: a power cut takes a board and its line's converter
        FlakyBus unreadable = new FlakyBus();
        List<String> acked = new CopyOnWriteArrayList<>();
        try (DisplayWorker worker = new DisplayWorker("vendor", unreadable, Duration.ofHours(1), () -> { }, Duration.ofMillis(300))) {
            worker.show("j1", "tcp:1", 1, "A001", false, false, (job, ok, reason) -> acked.add(job));
            worker.show("j2", "tcp:1", 1, "A001", false, true, (job, ok, reason) -> acked.add(job));
            await(() -> acked.size() == 2);
            Thread.sleep(400);
            worker.show("j3", "tcp:1", 1, "A001", false, true, (job, ok, reason) -> acked.add(job));
            await(() -> acked.size() == 3);
            assertThat(unreadable.shown).as("written, skipped, written again once the trust ran out")
                    .containsExactly("1=A001", "1=A001");

            worker.show("j4", "tcp:2", 2, "B001", false, false, (job, ok, reason) -> acked.add(job));
            await(() -> acked.size() == 4);
            unreadable.lineDown = true;
            worker.show("j5", "tcp:3", 3, "C001", false, false, (job, ok, reason) -> acked.add(job));
            await(() -> acked.size() == 5);
            unreadable.lineDown = false;
            worker.show("j6", "tcp:2", 2, "B001", false, true, (job, ok, reason) -> acked.add(job));
            await(() -> acked.size() == 6);
            assertThat(unreadable.shown).as("the line failed since B001 went out: written again")
                    .containsExactly("1=A001", "1=A001", "2=B001", "2=B001");
        }

        FlakyBus readable = new FlakyBus();
        readable.boards = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> done = new CopyOnWriteArrayList<>();
        try (DisplayWorker worker = new DisplayWorker("modbus", readable, Duration.ofMillis(50), () -> { })) {
            worker.show("j1", "modbus:3", 3, "A001", false, false, (job, ok, reason) -> done.add(job));
            worker.show("j2", "modbus:3", 3, "A001", false, true, (job, ok, reason) -> done.add(job));
            await(() -> done.size() == 2);
            assertThat(readable.shown).containsExactly("3=A001");

            readable.boards.put(3, ""); // it lost power, and came back blank
            worker.show("j3", "modbus:3", 3, "A001", false, true, (job, ok, reason) -> done.add(job));
            await(() -> done.size() == 3);
            assertThat(readable.shown).containsExactly("3=A001", "3=A001");
        }
    }

    @Test
    void shouldWriteAgainOnceTheLineIsBack() throws Exception {
        FlakyBus bus = new FlakyBus();
        try (DisplayWorker worker = new DisplayWorker("tcp:10.0.0.7:4001", bus, Duration.ofMillis(50), () -> { })) {
            worker.start();
            bus.lineDown = true;
            List<String> acks = new CopyOnWriteArrayList<>();
            worker.clear("j1", "tcp:10.0.0.7:4001", 1, false, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j2", "tcp:10.0.0.7:4001", 1, "C007", false, false, (job, ok, reason) -> acks.add(job + " " + ok));
            await(() -> acks.size() == 2);
            assertThat(acks).containsExactly("j1 false", "j2 false");
            assertThat(worker.health().online()).isFalse();

            bus.lineDown = false;
            await(() -> bus.shown.size() == 1);
            assertThat(bus.shown).containsExactly("1=C007");
            assertThat(worker.health().online()).isTrue();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
