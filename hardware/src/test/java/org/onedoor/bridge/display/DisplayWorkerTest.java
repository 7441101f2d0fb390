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
            worker.show("j1", "modbus:3", 3, "A001", false, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j2", "modbus:4", 4, "B001", true, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j3", "modbus:3", 3, "A002", false, (job, ok, reason) -> acks.add(job + " " + ok));
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
            worker.show("j1", "modbus:3", 3, "A001", false, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j2", "modbus:4", 4, "B001", false, (job, ok, reason) -> acks.add(job + " " + ok));
            await(() -> acks.size() == 2);

            assertThat(worker.health().online()).isTrue();
            assertThat(worker.health().error()).isEqualTo("modbus:3: no answer from unit 3");

            worker.start();
            bus.dead.clear();
            await(() -> bus.shown.contains("3=A001"));
            await(() -> worker.health().error() == null);
        }
    }

    @Test
    void shouldWriteAgainOnceTheLineIsBack() throws Exception {
        FlakyBus bus = new FlakyBus();
        try (DisplayWorker worker = new DisplayWorker("tcp:10.0.0.7:4001", bus, Duration.ofMillis(50), () -> { })) {
            worker.start();
            bus.lineDown = true;
            List<String> acks = new CopyOnWriteArrayList<>();
            worker.clear("j1", "tcp:10.0.0.7:4001", 1, (job, ok, reason) -> acks.add(job + " " + ok));
            worker.show("j2", "tcp:10.0.0.7:4001", 1, "C007", false, (job, ok, reason) -> acks.add(job + " " + ok));
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
