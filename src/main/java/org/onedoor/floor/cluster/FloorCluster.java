package org.onedoor.floor.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;
import org.onedoor.device.DeviceMoves;
import org.onedoor.device.DeviceRevocations;
import org.onedoor.security.StaffSignOuts;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEvent;

/**
 * Cluster mode ({@code onedoor.cluster.enabled=true}): every floor event committed on this node
 * goes to the RabbitMQ topic exchange {@code onedoor.floor} with the center's code as routing key,
 * and every event another node committed comes back from this node's own queue into the local
 * channel, so a screen on any node sees every call. This node's own events are delivered locally
 * at once and skipped when the broker echoes them. Nothing is lost if a message is: the event log
 * in the shared database is the truth, and a screen that sees a gap catches up from it. A device's
 * revocation or move and a staff member's sign-out go the same way, so their sockets on every node close.
 */
@ApplicationScoped
public class FloorCluster {

    static final String OUT = "floor-cluster-out";
    static final String IN = "floor-cluster-in";
    static final String ORIGIN = "onedoor-node";
    /** Set on a message that is not a floor event; its value says what it is. */
    static final String KIND = "onedoor-kind";
    static final String DEVICE_REVOKED = "device-revoked";
    /** Its routing key: every node's queue is bound to all keys, and no center code has a dot. */
    static final String DEVICES_KEY = "devices.revoked";
    static final String DEVICE_MOVED = "device-moved";
    static final String MOVES_KEY = "devices.moved";
    static final String STAFF_SIGNED_OUT = "staff-signed-out";
    static final String STAFF_KEY = "staff.signed-out";
    private static final Logger LOG = Logger.getLogger(FloorCluster.class);

    @ConfigProperty(name = "onedoor.cluster.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "onedoor.cluster.node")
    String node;

    /** Set when the broker's connector subscribes to what this node sends (cluster mode only). */
    private volatile MultiEmitter<? super Message<String>> out;

    @Inject
    EventJournal journal;

    @Inject
    ObjectMapper json;

    @Inject
    DeviceRevocations revocations;

    @Inject
    DeviceMoves moves;

    @Inject
    StaffSignOuts signOuts;

    public boolean enabled() {
        return enabled;
    }

    /**
     * What this node sends to the broker. A method rather than an injected Emitter: with cluster
     * mode off the channel is disabled, and an Emitter of a disabled channel cannot be made.
     */
    @Outgoing(OUT)
    Multi<Message<String>> toBroker() {
        return Multi.createFrom().emitter(emitter -> out = emitter);
    }

    /** Sends a committed event to the other nodes. */
    public void share(FloorEvent event) {
        if (!enabled) {
            return; // not even written as JSON: single-node mode has no one to tell
        }
        try {
            send(OutgoingRabbitMQMetadata.builder().withRoutingKey(event.center()).withContentType("application/json"),
                    json.writeValueAsString(event));
        } catch (JsonProcessingException | RuntimeException e) {
            // the other nodes read it from the log: at the next event's gap, or by CommittedTails if none follows
            LOG.warnf(e, "Floor event %d of %s not shared with the cluster", event.seq(), event.center());
        }
    }

    /**
     * Tells the other nodes that a device's token was revoked, so that they close its sockets too.
     * If the message is lost, a socket there stays open until it reconnects, and is refused then.
     */
    public void shareRevocation(long deviceId) {
        send(OutgoingRabbitMQMetadata.builder().withRoutingKey(DEVICES_KEY).withHeader(KIND, DEVICE_REVOKED)
                .withContentType("text/plain"), Long.toString(deviceId));
    }

    /**
     * Tells the other nodes that a counter screen moved to another counter, so that its sockets there
     * close and its page reads its counter again. If the message is lost, the page is told when it
     * next connects (its handshake says which counter it shows).
     */
    public void shareMove(long deviceId) {
        send(OutgoingRabbitMQMetadata.builder().withRoutingKey(MOVES_KEY).withHeader(KIND, DEVICE_MOVED)
                .withContentType("text/plain"), Long.toString(deviceId));
    }

    /** Tells the other nodes that a user's sessions older than {@code validVersion} ended, so they close their sockets. */
    public void shareSignOut(String username, int validVersion) {
        send(OutgoingRabbitMQMetadata.builder().withRoutingKey(STAFF_KEY).withHeader(KIND, STAFF_SIGNED_OUT)
                .withContentType("text/plain"), validVersion + " " + username);
    }

    /** To the broker, signed with this node's name (its own echo is dropped); nothing in single-node mode. */
    private void send(OutgoingRabbitMQMetadata.Builder metadata, String payload) {
        MultiEmitter<? super Message<String>> sink = out;
        if (enabled && sink != null) {
            sink.emit(Message.of(payload).addMetadata(metadata.withHeader(ORIGIN, node).build()));
        }
    }

    /** A message from the broker: another node's goes to this node's screens, our own echo is dropped. */
    @Incoming(IN)
    CompletionStage<Void> receive(Message<?> message) {
        if (!node.equals(header(message, ORIGIN))) {
            try {
                String kind = header(message, KIND);
                if (DEVICE_REVOKED.equals(kind)) {
                    revocations.takeEffect(Long.parseLong(text(message.getPayload()).trim()));
                } else if (DEVICE_MOVED.equals(kind)) {
                    moves.takeEffect(Long.parseLong(text(message.getPayload()).trim()));
                } else if (STAFF_SIGNED_OUT.equals(kind)) {
                    String[] versionAndName = text(message.getPayload()).split(" ", 2);
                    signOuts.takeEffect(versionAndName[1], Integer.parseInt(versionAndName[0]));
                } else {
                    journal.publishLocally(json.readValue(text(message.getPayload()), FloorEvent.class));
                }
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.warnf(e, "Unreadable message from the cluster");
            }
        }
        return message.ack();
    }

    private static String header(Message<?> message, String name) {
        return message.getMetadata(IncomingRabbitMQMetadata.class)
                .flatMap(m -> m.getHeader(name, Object.class)).map(Object::toString).orElse(null);
    }

    /** The connector hands an application/json body over already parsed (a Vert.x JsonObject); we read our own record. */
    private static String text(Object payload) {
        if (payload instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (payload instanceof Buffer buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
        if (payload instanceof JsonObject object) {
            return object.encode();
        }
        return String.valueOf(payload);
    }
}
