package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void shouldGiveTheStandardDigest() {
        // FIPS 180-2's test vectors
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void shouldGiveTheSameDigestOnManyThreadsAtOnce() throws Exception {
        String expected = Sha256.hex("token-42");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> work = IntStream.range(0, 2000).<Callable<String>>mapToObj(i -> () -> Sha256.hex("token-42"))
                    .toList();
            for (Future<String> digest : pool.invokeAll(work)) {
                assertThat(digest.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
