package org.onedoor.device.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayReadsTest {

    private final DisplayReads reads = new DisplayReads();

    @Test
    void shouldDropAOneCounterReadOvertakenByANewerOne() {
        long older = reads.askOne("hn/1");
        long newer = reads.askOne("hn/1");

        assertThat(reads.isNewest("hn/1", newer)).isTrue();
        assertThat(reads.isNewest("hn/1", older)).isFalse();
    }

    @Test
    void shouldNotLetAHellosReadPutBackWhatACounterShowedBeforeItsLaterCall() {
        long hello = reads.askAll();
        reads.askOne("hn/2"); // a call at counter 2 while the Hello's read is on its way

        assertThat(reads.isNewest("hn/2", hello)).as("counter 2: its own newer read tells the bridge").isFalse();
        assertThat(reads.isNewest("hn/3", hello)).as("counter 3: nothing newer").isTrue();
    }

    @Test
    void shouldLetAHellosReadOutrankOneCounterReadsAskedBeforeIt() {
        long call = reads.askOne("hn/2");
        long hello = reads.askAll();

        assertThat(reads.isNewest("hn/2", hello)).isTrue();
        assertThat(reads.isNewest("hn/2", call)).as("still sent: nothing newer was asked for counter 2 alone").isTrue();
    }

    /**
     * A call read counter 3's state, old display address included, before the manager moved its
     * number to another board: sent after the layout's read, it would light the board given up.
     */
    @Test
    void shouldDropACounterReadAskedBeforeItsCentersLayoutChanged() {
        long call = reads.askOne("hn/3");
        long layout = reads.askAfterLayoutChange("hn");
        long later = reads.askOne("hn/3");

        assertThat(reads.isNewest("hn/3", call)).isFalse();
        assertThat(reads.isNewest("hn/3", layout)).as("outranked by the call asked after it").isFalse();
        assertThat(reads.isNewest("hn/3", later)).isTrue();
        assertThat(reads.isNewest("hn/4", layout)).isTrue();
        assertThat(reads.isNewest("hcm/3", call)).as("another center's layout changed nothing here").isTrue();
    }

    @Test
    void shouldKeepCountersApart() {
        long one = reads.askOne("hn/1");
        reads.askOne("hn/2");
        reads.askOne("hcm/1");

        assertThat(reads.isNewest("hn/1", one)).isTrue();
    }
}
