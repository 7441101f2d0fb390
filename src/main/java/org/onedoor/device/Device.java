package org.onedoor.device;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;

/** A paired screen, kiosk or bridge. It proves itself with a token, of which only a hash is kept. */
@Entity
// only the columns a change touched are written: a bridge's health report must not write back the
// last_seen_at/left_at it read, over a leaving the sightings batch wrote meanwhile
@DynamicUpdate
public class Device {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long centerId;

    @Enumerated(EnumType.STRING)
    public DeviceKind kind;

    public String name;
    public Long counterId;
    public String tokenHash;
    public Instant createdAt;
    public Instant revokedAt;
    public Instant lastSeenAt;
    /** When its last socket on a node closed: offline from then until it is seen again. */
    public Instant leftAt;

    /** How stale {@link #lastSeenAt} may be: the device list shows it to the minute. */
    static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

    /** For a kiosk: the bridge whose printer prints its tickets. */
    public Long printerId;

    /** For a bridge: what it last reported about its printer, and when. */
    @Enumerated(EnumType.STRING)
    public PrinterState printerState;
    public Instant printerStateAt;

    /** For a bridge: its last health report as JSON (see {@code BridgeHealth}), every printer and display. */
    @ColumnTransformer(write = "?::jsonb")
    public String health;

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /**
     * Notes that the device connected now, unless it already did within the last minute and has
     * not left since: a hall's screens reconnecting together, or a page opening a socket again,
     * then write nothing, and the upgrade's transaction takes no row lock.
     */
    public void seen(Instant now) {
        if (worthNoting(lastSeenAt, leftAt, now)) {
            lastSeenAt = now;
        }
    }

    /**
     * Whether a connection now is worth writing down, the last one written being {@code lastSeenAt}:
     * always after the device left, or it would read as gone while connected.
     */
    static boolean worthNoting(Instant lastSeenAt, Instant leftAt, Instant now) {
        return lastSeenAt == null || lastSeenAt.isBefore(now.minus(SEEN_PRECISION)) || hasLeft(lastSeenAt, leftAt);
    }

    static boolean hasLeft(Instant lastSeenAt, Instant leftAt) {
        return leftAt != null && !leftAt.isBefore(lastSeenAt);
    }
}
