package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.onedoor.center.CenterRepository;
import org.onedoor.counter.Counter;
import org.onedoor.counter.CounterRepository;
import org.onedoor.counter.CounterState;
import org.onedoor.ticket.FloorLayouts.Layout;
import org.onedoor.testing.Floor;

/**
 * The layout every floor action reads from memory is the committed one: a transaction that read it
 * and then failed leaves nothing of its own changes behind, and what a transaction reads from
 * memory is never an object another transaction is changing.
 */
@QuarkusTest
class FloorLayoutsTest {

    @Inject
    FloorLayouts layouts;

    @Inject
    CenterRepository centers;

    @Inject
    CounterRepository counters;

    @Test
    void shouldNotKeepWhatATransactionThatFailedChangedInTheLayout() throws Throwable {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);

        // a counter closes, the layout is read afresh in that transaction (as QueueService.queueChanged
        // does for the event), and then the transaction fails, as when the database goes away mid-way
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                centers.require(floor.center).chain(center -> counters.require(center.id, 1)
                        .invoke(counter -> counter.state = CounterState.CLOSED)
                        .chain(() -> Panache.getSession()).chain(session -> session.flush())
                        .chain(() -> layouts.read(center))
                        .invoke(layout -> {
                            throw new IllegalStateException("the transaction fails after reading the layout");
                        })))))
                .hasMessageContaining("fails after reading");

        assertThat(counterInCommittedLayout(floor).state).as("counter 1 as committed").isEqualTo(CounterState.OPEN);
    }

    @Test
    void shouldNotHandOutAnObjectItsReaderGoesOnChanging() throws Throwable {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);

        // a transaction reads the layout, then changes counter 1 in the same session, and fails
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                centers.require(floor.center).chain(center -> layouts.read(center)
                        .chain(() -> counters.require(center.id, 1))
                        .invoke(counter -> counter.label = "changed, then undone")
                        .invoke(counter -> {
                            throw new IllegalStateException("the transaction fails after changing the counter");
                        })))))
                .hasMessageContaining("fails after changing");

        assertThat(counterInCommittedLayout(floor).label).isEqualTo("Quầy 1");
    }

    /** A call reads the layout, then locks its counter: it must see the counter as the lock found it. */
    @Test
    void shouldSeeACounterLockedAfterReadingTheLayoutAsTheLockFoundIt() throws Throwable {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);

        CounterState locked = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                centers.require(floor.center).chain(center -> layouts.read(center)
                        .chain(() -> closeCounterOneInAnotherTransaction(floor))
                        .chain(() -> counters.lockByNumber(center.id, 1))
                        .map(counter -> counter.state))));

        assertThat(locked).as("counter 1 closed between the layout read and the lock").isEqualTo(CounterState.CLOSED);
    }

    /** The officer closes counter 1 through the API, in a request and transaction of its own. */
    private static Uni<Void> closeCounterOneInAnotherTransaction(Floor floor) {
        Context here = Vertx.currentContext();
        return Uni.createFrom().completionStage(CompletableFuture.runAsync(() ->
                        Floor.asAdmin().post(floor.path("/counters/1/close")).then().statusCode(200)))
                .emitOn(task -> here.runOnContext(v -> task.run()));
    }

    private Counter counterInCommittedLayout(Floor floor) throws Throwable {
        Layout layout = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                centers.require(floor.center).chain(layouts::of)));
        return layout.counters().stream().filter(c -> c.number == 1).findFirst().orElseThrow();
    }
}
