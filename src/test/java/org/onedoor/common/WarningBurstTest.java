package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningBurstTest {

    final List<String> written = new ArrayList<>();
    final WarningBurst burst = new WarningBurst("socket upgrades refused", written::add);

    @Test
    void shouldWriteTheFirstWarningOfABurstAndCountTheRestIntoOneLine() {
        for (int i = 1; i <= 5000; i++) {
            burst.warn("Socket upgrade refused, database unreachable or busy: Timeout #" + i);
        }
        assertThat(written).containsExactly("Socket upgrade refused, database unreachable or busy: Timeout #1");

        burst.summarize();
        assertThat(written).hasSize(2)
                .last().isEqualTo("4999 more socket upgrades refused in the last 10 s (like the line before)");
    }

    @Test
    void shouldWriteTheNextWarningAsItComesOnceABurstIsOver() {
        burst.warn("first burst");
        burst.summarize(); // nothing more came: the burst is over

        burst.warn("second burst");
        assertThat(written).containsExactly("first burst", "second burst");
    }
}
