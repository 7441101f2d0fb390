package org.onedoor.floor.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.floor.FloorEvent;
import org.onedoor.floor.FloorEventBody.NoticeChanged;

/** A center's events reach its screens in sequence order, late or lost ones read once from the log. */
class CenterSequencerTest {

    final CenterSequencer sequencer = new CenterSequencer();
    final List<Long> delivered = new ArrayList<>();

    @Test
    void shouldHoldAnEarlyEventUntilTheOneBeforeItComes() {
        accept(40);
        accept(42);
        assertThat(delivered).containsExactly(40L);
        accept(41);
        assertThat(delivered).containsExactly(40L, 41L, 42L);
        accept(41); // a repeat changes nothing
        assertThat(delivered).containsExactly(40L, 41L, 42L);
    }

    @Test
    void shouldAskForAGapOnlyAfterItsPatienceAndFillItFromTheLog() {
        accept(7);
        accept(10);
        long now = System.nanoTime();
        assertThat(sequencer.missing(now, 300_000_000L)).as("a gap is not missing at once").isNull();
        long[] range = sequencer.missing(now + 400_000_000L, 300_000_000L);
        assertThat(range).containsExactly(8, 9);
        assertThat(sequencer.startFilling()).isTrue();
        assertThat(sequencer.startFilling()).as("one read of the log at a time").isFalse();
        sequencer.fill(List.of(event(8), event(9)), e -> delivered.add(e.seq()));
        assertThat(delivered).containsExactly(7L, 8L, 9L, 10L);
        accept(9); // the late publish, after the log filled the gap
        assertThat(delivered).containsExactly(7L, 8L, 9L, 10L);
    }

    @Test
    void shouldTellHowLongEventsWereHeldForALateOne() throws InterruptedException {
        assertThat(acceptTimed(1)).isZero();
        assertThat(acceptTimed(3)).as("held, nothing released yet").isZero();
        Thread.sleep(30);
        assertThat(acceptTimed(2)).as("3 waited for 2").isGreaterThanOrEqualTo(30_000_000L);
        assertThat(acceptTimed(4)).as("in order again").isZero();
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void shouldGiveUpAGapTheLogCannotFill() {
        accept(1);
        accept(3);
        sequencer.skipGap(e -> delivered.add(e.seq()));
        assertThat(delivered).containsExactly(1L, 3L);
        accept(2); // too late: the screens resync by themselves
        accept(4);
        assertThat(delivered).containsExactly(1L, 3L, 4L);
    }

    @Test
    void shouldSayWhenTheEventsItGaveUpOnWereTheLastOnes() {
        accept(5);
        long now = System.nanoTime();
        sequencer.committedUpTo(7, now);
        assertThat(sequencer.skipGap(e -> delivered.add(e.seq()))).as("6 and 7 lost, nothing after them").isTrue();
        accept(8);
        assertThat(delivered).containsExactly(5L, 8L);
        accept(10);
        assertThat(sequencer.skipGap(e -> delivered.add(e.seq()))).as("10 shows the screens that 9 is missing").isFalse();
        assertThat(delivered).containsExactly(5L, 8L, 10L);
    }

    @Test
    void shouldStartFromTheScreensSyncNotFromTheFirstEventToArrive() {
        sequencer.screenSynced(40);
        accept(43);
        accept(44);
        assertThat(delivered).as("41 and 42 committed first, and are on their way").isEmpty();
        accept(41);
        accept(42);
        assertThat(delivered).containsExactly(41L, 42L, 43L, 44L);
        sequencer.screenSynced(30); // a screen that synced later, from an older replay, changes nothing
        accept(45);
        assertThat(delivered).containsExactly(41L, 42L, 43L, 44L, 45L);
    }

    @Test
    void shouldAskForCommittedEventsThatNeverCameWhenNothingFollowsThem() {
        accept(5);
        long now = System.nanoTime();
        sequencer.committedUpTo(5, now);
        assertThat(sequencer.missing(now + 400_000_000L, 300_000_000L)).as("nothing committed is missing").isNull();
        sequencer.committedUpTo(7, now);
        assertThat(sequencer.missing(now + 400_000_000L, 300_000_000L)).containsExactly(6, 7);
        sequencer.fill(List.of(event(6), event(7)), e -> delivered.add(e.seq()));
        assertThat(delivered).containsExactly(5L, 6L, 7L);
        assertThat(sequencer.missing(now + 800_000_000L, 300_000_000L)).isNull();
    }

    private long acceptTimed(long seq) {
        return sequencer.accept(event(seq), e -> delivered.add(e.seq()));
    }

    private void accept(long seq) {
        sequencer.accept(event(seq), e -> delivered.add(e.seq()));
    }

    private static FloorEvent event(long seq) {
        return new FloorEvent(seq, "c", Instant.EPOCH, new NoticeChanged("n" + seq));
    }
}
