package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TurnsTest {

    Turns openings = new Turns("screens opening", 2, 100, 4000);
    final List<CompletableFuture<String>> reads = new ArrayList<>();

    /** A read the test finishes by hand; it counts as started once subscribed. */
    Uni<String> read() {
        CompletableFuture<String> read = new CompletableFuture<>();
        reads.add(read);
        return Uni.createFrom().completionStage(read);
    }

    UniAssertSubscriber<String> open() {
        return openings.admit(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    @Test
    void shouldRunAtMostTheLimitAtOnceAndTheRestInTheirTurn() {
        var first = open();
        var second = open();
        var third = open();
        var fourth = open();

        assertThat(reads).hasSize(2);
        assertThat(openings.waiting()).isEqualTo(2);
        third.assertNotTerminated();

        reads.get(1).complete("snapshot of the second");
        second.assertItem("snapshot of the second");
        assertThat(reads).as("the third opening's turn came").hasSize(3);
        reads.get(2).complete("snapshot of the third");
        third.assertItem("snapshot of the third");
        assertThat(reads).hasSize(4);
        assertThat(openings.running()).isEqualTo(2);
        assertThat(openings.waiting()).isZero();
        first.assertNotTerminated();
        fourth.assertNotTerminated();
    }

    @Test
    void shouldLetTheReadOfASocketAlreadyOpenGoAheadOfUpgradesStillWaiting() {
        open();
        open();
        var upgrade = open();
        var snapshot = openings.admitAhead(() -> Uni.createFrom().item("snapshot")).subscribe()
                .withSubscriber(UniAssertSubscriber.create());

        reads.get(0).complete("first");
        snapshot.assertItem("snapshot");
        upgrade.assertNotTerminated();
        assertThat(reads).as("the turn went to the open socket's read, then came back for the next").hasSize(3);
    }

    /**
     * A long read whose caller went away (a report a manager reloaded) goes on in the database
     * anyway, so it keeps its turn until it ends; one still waiting for its turn is dropped.
     */
    @Test
    void shouldHoldTheTurnOfWorkRunToItsEndUntilItEnds() {
        var report = openings.admitToEnd(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
        open();
        var queued = openings.admitToEnd(this::read).subscribe().withSubscriber(UniAssertSubscriber.create());
        assertThat(reads).hasSize(2);

        report.cancel();
        queued.cancel();
        assertThat(openings.running()).as("the cancelled report still runs, in its turn").isEqualTo(2);
        assertThat(openings.waiting()).as("the one that waited is gone").isZero();

        reads.get(0).complete("for nobody");
        assertThat(openings.running()).as("its turn comes back when it ends").isEqualTo(1);
        assertThat(reads).as("the report dropped while it waited never ran").hasSize(2);
    }

    @Test
    void shouldRefuseAtOnceWhenTooManyWaitAlready() {
        openings = new Turns("screens opening", 2, 1, 4000);
        open();
        open();
        var waits = open();
        var refused = open();

        assertThat(reads).hasSize(2);
        waits.assertNotTerminated();
        refused.assertFailedWith(DatabaseBusy.class);
        assertThat(DatabaseOutage.causedBy(refused.getFailure())).as("answered 503 / closed 1013").isTrue();
    }

    @Test
    void shouldRefuseAnOpeningThatWaitedTooLongAndNeverStartItsRead() {
        openings = new Turns("screens opening", 2, 100, 50);
        open();
        open();
        var tooLate = open();

        tooLate.awaitFailure(Duration.ofSeconds(5)).assertFailedWith(DatabaseBusy.class);
        assertThat(openings.waiting()).isZero();
        reads.get(0).complete("snapshot");
        assertThat(reads).as("the late opening's read never starts").hasSize(2);
        assertThat(openings.running()).isEqualTo(1);
    }

    @Test
    void shouldGiveTheTurnBackWhenAReadFailsOrItsCallerGoesAway() {
        var failed = open();
        var abandoned = open();
        var waitingThenAbandoned = open();
        var next = open();

        waitingThenAbandoned.cancel();
        reads.get(0).completeExceptionally(new IllegalStateException("broken"));
        failed.assertFailedWith(IllegalStateException.class);
        assertThat(reads).as("the turn skipped the opening that went away").hasSize(3);
        next.assertNotTerminated();

        abandoned.cancel();
        assertThat(openings.running()).isEqualTo(1);
        reads.get(2).complete("snapshot");
        next.assertItem("snapshot");
        assertThat(openings.running()).isZero();
        assertThat(openings.waiting()).isZero();
    }

    @Test
    void shouldCountAnOpeningOnlyOnceSubscribed() {
        Uni<String> notYet = openings.admit(this::read);

        assertThat(openings.running()).isZero();
        notYet.subscribe().withSubscriber(UniAssertSubscriber.create()).assertNotTerminated();
        assertThat(openings.running()).isEqualTo(1);
    }
}
