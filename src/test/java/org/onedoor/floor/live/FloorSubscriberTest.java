package org.onedoor.floor.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * A screen's subscriber is watched by the hub's timer only while a gap is open, and a gap that
 * does not fill is repaired by a resync.
 */
class FloorSubscriberTest {

    final List<String> sent = new ArrayList<>();
    final List<Integer> closedWith = new ArrayList<>();
    final Set<FloorSubscriber> withOpenGap = ConcurrentHashMap.newKeySet();
    final FloorSubscriber subscriber = new FloorSubscriber(connection(), "xa-01", null, null, withOpenGap);

    @Test
    void shouldLeaveTheTimerAloneWhileEventsComeInOrder() {
        subscriber.synced(5, List.of("snapshot"));
        subscriber.offer(6, "six");
        subscriber.offer(7, "seven");
        assertThat(sent).containsExactly("snapshot", "six", "seven");
        assertThat(withOpenGap).isEmpty();
    }

    @Test
    void shouldBeWatchedFromAGapUntilACheckFindsItFilled() {
        subscriber.synced(5, List.of());
        subscriber.offer(7, "seven");
        assertThat(withOpenGap).containsExactly(subscriber);
        subscriber.checkGap(System.nanoTime());
        assertThat(withOpenGap).as("still open").containsExactly(subscriber);
        subscriber.offer(6, "six");
        assertThat(sent).containsExactly("six", "seven");
        subscriber.checkGap(System.nanoTime());
        assertThat(withOpenGap).isEmpty();
        assertThat(closedWith).isEmpty();
    }

    @Test
    void shouldResyncAScreenWhoseGapDoesNotFill() {
        subscriber.synced(5, List.of());
        subscriber.offer(7, "seven");
        subscriber.checkGap(System.nanoTime() + FloorSubscriber.MAX_GAP_NANOS / 2);
        assertThat(closedWith).isEmpty();
        subscriber.checkGap(System.nanoTime() + FloorSubscriber.MAX_GAP_NANOS + 1);
        assertThat(closedWith).containsExactly(4000);
        assertThat(withOpenGap).isEmpty();
        subscriber.checkGap(System.nanoTime() + 2 * FloorSubscriber.MAX_GAP_NANOS);
        assertThat(closedWith).as("closed once").containsExactly(4000);
    }

    @Test
    void shouldNeitherSendNorWatchAfterItsConnectionClosed() {
        subscriber.synced(5, List.of());
        subscriber.offer(7, "seven");
        subscriber.closed();
        assertThat(withOpenGap).isEmpty();
        subscriber.offer(9, "nine");
        subscriber.offer(6, "six");
        assertThat(sent).isEmpty();
        assertThat(withOpenGap).isEmpty();
    }

    /** A connection that records what is sent and how it is closed, and sends at once. */
    private WebSocketConnection connection() {
        return (WebSocketConnection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {WebSocketConnection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "sendText" -> {
                        sent.add((String) args[0]);
                        yield Uni.createFrom().voidItem();
                    }
                    case "close" -> {
                        closedWith.add(((CloseReason) args[0]).getCode());
                        yield Uni.createFrom().voidItem();
                    }
                    case "id" -> "test-connection";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
