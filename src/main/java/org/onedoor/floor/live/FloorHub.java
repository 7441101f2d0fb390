package org.onedoor.floor.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onedoor.device.DeviceService.DeviceRevoked;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;

/** Fans the floor channel out to the open floor sockets, each center's events to its own screens only. */
@ApplicationScoped
public class FloorHub {

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    private final Map<String, Set<FloorSubscriber>> byCenter = new ConcurrentHashMap<>();
    private final Map<String, FloorSubscriber> byConnection = new ConcurrentHashMap<>();
    private long gapTimer = -1;

    void start(@Observes StartupEvent event) {
        gapTimer = vertx.setPeriodic(500, id -> {
            long now = System.nanoTime();
            byConnection.values().forEach(s -> s.checkGap(now));
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (gapTimer >= 0) {
            vertx.cancelTimer(gapTimer);
        }
    }

    /** Registers a connection before its snapshot is read, so no event falls between the two. */
    FloorSubscriber subscribe(WebSocketConnection connection, String center, Long deviceId) {
        FloorSubscriber subscriber = new FloorSubscriber(connection, center, deviceId);
        byConnection.put(connection.id(), subscriber);
        byCenter.computeIfAbsent(center, c -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return subscriber;
    }

    void unsubscribe(WebSocketConnection connection) {
        FloorSubscriber subscriber = byConnection.remove(connection.id());
        if (subscriber != null) {
            Set<FloorSubscriber> set = byCenter.get(subscriber.center);
            if (set != null) {
                set.remove(subscriber);
            }
        }
    }

    @Incoming(EventJournal.CHANNEL)
    void publish(FloorEvent event) {
        Set<FloorSubscriber> subscribers = byCenter.get(event.center());
        if (subscribers != null && !subscribers.isEmpty()) {
            // written once, sent to every screen of the center: a hall may have dozens
            String frame = frame(event);
            subscribers.forEach(s -> s.offer(event.seq(), frame));
        }
    }

    void closeDevice(@Observes DeviceRevoked revoked) {
        byConnection.values().stream().filter(s -> Long.valueOf(revoked.deviceId()).equals(s.deviceId))
                .forEach(s -> s.close(FloorSubscriber.REVOKED));
    }

    String frame(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a floor frame", e);
        }
    }
}
