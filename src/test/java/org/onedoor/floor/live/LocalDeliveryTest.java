package org.onedoor.floor.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;
import org.onedoor.floor.FloorEventBody.NoticeChanged;

/**
 * A committed event reaches the screens' hub however busy the event loop that committed it is:
 * at a morning peak, consumers queued as tasks on that loop left the hall screens seconds behind.
 */
@QuarkusTest
class LocalDeliveryTest {

    @Inject
    Vertx vertx;

    @Inject
    EventJournal journal;

    @Inject
    FloorHub hub;

    @Test
    void shouldHandAnEventOnWhileTheEventLoopThatSentItIsStillBusy() throws InterruptedException {
        String center = "busy-loop-" + UUID.randomUUID();
        AtomicLong handedOnWhileBusy = new AtomicLong(-2);
        CountDownLatch done = new CountDownLatch(1);
        vertx.runOnContext(v -> {
            journal.publishLocally(new FloorEvent(1, center, Instant.now(), new NoticeChanged("busy")));
            // the loop stays busy for up to a second after publishing, as at a peak
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < until && hub.handedOn(center) < 1) {
                Thread.onSpinWait();
            }
            handedOnWhileBusy.set(hub.handedOn(center));
            done.countDown();
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(handedOnWhileBusy.get()).as("the hub had the event before the loop was free again").isEqualTo(1);
        assertThat(hub.handedOn(center)).isEqualTo(1);
    }
}
