package org.onedoor.bridge.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoneJobsTest {

    @TempDir
    Path dir;

    @Test
    void remembersJobsAcrossRestarts() throws Exception {
        try (DoneJobs done = new DoneJobs(dir)) {
            done.add("job-1");
            done.add("job-2");
            assertThat(done.contains("job-1")).isTrue();
            assertThat(done.contains("job-3")).isFalse();
        }
        try (DoneJobs again = new DoneJobs(dir)) {
            assertThat(again.contains("job-1")).isTrue();
            assertThat(again.contains("job-2")).isTrue();
            assertThat(again.size()).isEqualTo(2);
        }
    }

    @Test
    void keepsOnlyTheNewestAndTheFileStaysSmall() throws Exception {
        try (DoneJobs done = new DoneJobs(dir, 5)) {
            for (int i = 1; i <= 12; i++) {
                done.add("job-" + i);
            }
            assertThat(done.contains("job-7")).isFalse();
            assertThat(done.contains("job-8")).isTrue();
            assertThat(done.contains("job-12")).isTrue();
        }
        assertThat(Files.readAllLines(dir.resolve("printed-jobs.txt")).size()).isLessThan(10);
        try (DoneJobs again = new DoneJobs(dir, 5)) {
            assertThat(again.size()).isEqualTo(5);
            assertThat(again.contains("job-12")).isTrue();
            assertThat(again.contains("job-7")).isFalse();
        }
    }

    @Test
    void keepsWhyAJobFailedAfterItsBytesWentOutThroughARewriteAndARestart() throws Exception {
        try (DoneJobs done = new DoneJobs(dir, 5)) {
            for (int i = 1; i <= 8; i++) {
                done.add("job-" + i);
            }
            done.failed("job-8", "paper ran out\twhile printing");
            done.add("job-9"); // the tenth line: the file is rewritten with the newest five
            assertThat(done.failure("job-8")).isEqualTo("paper ran out while printing");
            assertThat(done.failure("job-9")).isNull();
        }
        assertThat(Files.readAllLines(dir.resolve("printed-jobs.txt"))).hasSize(5);
        try (DoneJobs again = new DoneJobs(dir, 5)) {
            assertThat(again.contains("job-8")).isTrue();
            assertThat(again.failure("job-8")).isEqualTo("paper ran out while printing");
            assertThat(again.contains("job-9")).isTrue();
            assertThat(again.failure("job-9")).isNull();
            assertThat(again.contains("job-4")).isFalse();
        }
    }

    /** A printer worker stopped mid-print (interrupted) must still record the ticket it printed. */
    @Test
    void anInterruptedThreadStillRecordsTheJob() throws Exception {
        try (DoneJobs done = new DoneJobs(dir)) {
            addInterrupted(done, "job-1");
            done.add("job-2"); // and the list still works after it
        }
        try (DoneJobs again = new DoneJobs(dir)) {
            assertThat(again.contains("job-1")).isTrue();
            assertThat(again.contains("job-2")).isTrue();
        }
    }

    @Test
    void anInterruptedThreadStillRewritesTheFile() throws Exception {
        try (DoneJobs done = new DoneJobs(dir, 2)) {
            for (int i = 1; i <= 5; i++) {
                addInterrupted(done, "job-" + i); // the 4th rewrites the file
            }
        }
        assertThat(Files.readAllLines(dir.resolve("printed-jobs.txt"))).containsExactly("job-3", "job-4", "job-5");
        try (DoneJobs again = new DoneJobs(dir, 2)) {
            assertThat(again.contains("job-4")).isTrue();
            assertThat(again.contains("job-5")).isTrue();
        }
    }

    @Test
    void shouldRecogniseAJobAddedAfterAPowerCutToreTheLastLine() throws Exception {
        // power lost in the middle of appending the second id: no line break after it
        Files.writeString(dir.resolve("printed-jobs.txt"), "job-1\njob-2-pa");
        try (DoneJobs done = new DoneJobs(dir)) {
            done.add("job-3");
        }
        try (DoneJobs again = new DoneJobs(dir)) {
            assertThat(again.contains("job-1")).isTrue();
            assertThat(again.contains("job-3")).as("not glued to the torn line").isTrue();
        }
        assertThat(Files.readAllLines(dir.resolve("printed-jobs.txt"))).endsWith("job-3");
    }

    @Test
    void shouldStartWhenTheLastLineIsTornInsideACharacter() throws Exception {
        // the append of a local id with a Vietnamese center name stopped inside the 'ô' (C3 B4)
        byte[] whole = "job-1\noffline:đông-hưng:2026-12-01:A1\n".getBytes(StandardCharsets.UTF_8);
        byte[] torn = Arrays.copyOf(whole, "job-1\noffline:".getBytes(StandardCharsets.UTF_8).length + 3);
        Files.write(dir.resolve("printed-jobs.txt"), torn);
        try (DoneJobs done = new DoneJobs(dir)) {
            assertThat(done.contains("job-1")).isTrue();
            done.add("job-2");
        }
        try (DoneJobs again = new DoneJobs(dir)) {
            assertThat(again.contains("job-2")).isTrue();
        }
    }

    private static void addInterrupted(DoneJobs done, String job) throws Exception {
        Thread.currentThread().interrupt();
        try {
            done.add(job);
        } finally {
            // the flag is left for the caller to see; cleared here so the test runner is not hit
            assertThat(Thread.interrupted()).isTrue();
        }
    }
}
