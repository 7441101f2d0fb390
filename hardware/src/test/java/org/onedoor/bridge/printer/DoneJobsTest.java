package org.onedoor.bridge.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
