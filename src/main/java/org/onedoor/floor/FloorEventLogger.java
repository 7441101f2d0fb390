package org.onedoor.floor;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The in-process subscriber of the floor channel: a trace of the floor in the server log (at
 * DEBUG). The live fan-out to screens subscribes to the same broadcast channel.
 */
@ApplicationScoped
public class FloorEventLogger {

    private static final Logger LOG = Logger.getLogger(FloorEventLogger.class);

    @Incoming(EventJournal.CHANNEL)
    void log(FloorEvent event) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s #%d %s %s", event.center(), event.seq(), event.type(), event.body());
        }
    }
}
