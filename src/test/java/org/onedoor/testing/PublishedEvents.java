package org.onedoor.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;

/** A subscriber of the floor channel in tests: what was published, in arrival order. */
@ApplicationScoped
public class PublishedEvents {

    private final List<FloorEvent> received = new CopyOnWriteArrayList<>();

    @Incoming(EventJournal.CHANNEL)
    void receive(FloorEvent event) {
        received.add(event);
    }

    public List<FloorEvent> of(String center) {
        return received.stream().filter(e -> e.center().equals(center)).toList();
    }
}
