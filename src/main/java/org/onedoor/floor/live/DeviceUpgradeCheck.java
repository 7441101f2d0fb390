package org.onedoor.floor.live;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.SocketOpenings;
import org.onedoor.common.UpgradeChecks;
import org.onedoor.security.AppUserRepository;
import org.onedoor.security.Role;
import org.onedoor.security.SessionCookies;
import org.onedoor.device.DeviceRepository;
import org.onedoor.device.DeviceSightings;

/**
 * Lets a floor socket open only for a device of that center: {@code ?token=…} must be an
 * unrevoked device token (401 otherwise) of the center in the path (403 otherwise). Browsers
 * cannot set headers on a WebSocket, hence the query parameter. Tokens do not expire. Without a
 * token, a staff session cookie of the center (the counter workspace) will do.
 */
@ApplicationScoped
public class DeviceUpgradeCheck implements HttpUpgradeCheck {

    static final TypedKey<Long> DEVICE_ID = DeviceSightings.DEVICE;
    /** When a device's handshake began to read the device (System.nanoTime()): a move after it may not be in what it read. */
    static final TypedKey<Long> CHECKED_AT = new TypedKey<>("onedoor.checkedAt");
    /**
     * Set when a counter screen's page says it shows a counter ({@code ?counter=N}) that is not the
     * screen's: it was moved while its socket was down, and is told so as the socket opens.
     */
    static final TypedKey<Boolean> COUNTER_STALE = new TypedKey<>("onedoor.counterStale");
    /** Set instead of {@link #DEVICE_ID} for a socket opened with a staff session. */
    static final TypedKey<SignedIn> STAFF = new TypedKey<>("onedoor.staff");

    /** Whose session opened a staff socket, and its version: a sign-out ends that version. */
    record SignedIn(String username, int sessionVersion) {
    }

    @Inject
    DeviceRepository devices;

    @Inject
    CenterRepository centers;

    @Inject
    SocketOpenings openings;

    @Inject
    DeviceSightings sightings;

    @Inject
    SessionCookies sessions;

    @Inject
    AppUserRepository users;

    @Override
    public boolean appliesTo(String endpointId) {
        return FloorSocket.ENDPOINT.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        return UpgradeChecks.withToken(context, token -> UpgradeChecks.unavailableOnOutage(check(context, token)));
    }

    private Uni<CheckResult> check(HttpUpgradeContext context, String token) {
        String center = context.pathParam("center");
        if (token == null || token.isBlank()) {
            return staff(context, center);
        }
        long checkedAt = System.nanoTime();
        // one query, no transaction, no row written (DeviceSightings writes "last seen" in batches):
        // when a node dies its screens all come back to this one at once
        return openings.admit(() -> Panache.withSession(() -> devices.findForUpgrade(token, center))).chain(device -> {
            if (device == null) {
                return CheckResult.rejectUpgrade(401);
            }
            if (device.namedCenterId() == null || device.namedCenterId() != device.deviceCenterId()) {
                return CheckResult.rejectUpgrade(403);
            }
            sightings.seen(device.deviceId(), device.lastSeenAt(), device.leftAt());
            context.userData().put(DEVICE_ID, device.deviceId());
            context.userData().put(CHECKED_AT, checkedAt);
            if (counterStale(context.httpRequest().getParam("counter"), device.counterNumber())) {
                context.userData().put(COUNTER_STALE, true);
            }
            return CheckResult.permitUpgrade();
        });
    }

    /** Whether a page says it shows a counter ({@code shown}, as sent) other than the screen's ({@code actual}). */
    static boolean counterStale(String shown, Integer actual) {
        return shown != null && actual != null && !shown.equals(String.valueOf(actual));
    }

    /**
     * The counter workspace: a signed-in officer, manager or admin of the center (session cookie,
     * still valid), from a page of this server (Origin), so another site cannot open it with the
     * officer's cookie.
     */
    private Uni<CheckResult> staff(HttpUpgradeContext context, String center) {
        var cookie = context.httpRequest().getCookie(SessionCookies.SESSION);
        var session = cookie == null ? null : sessions.decode(cookie.getValue()).orElse(null);
        if (session == null) {
            return CheckResult.rejectUpgrade(401);
        }
        String origin = context.httpRequest().getHeader("Origin");
        String host = context.httpRequest().getHeader("Host");
        if (origin != null && (host == null || !origin.endsWith("//" + host))) {
            return CheckResult.rejectUpgrade(403);
        }
        return Panache.withSession(() -> users.findByUsername(session.username()).chain(user -> centers.findByCode(center)
                .chain(c -> {
                    if (user == null || user.disabled || user.sessionVersion != session.version()) {
                        return CheckResult.rejectUpgrade(401);
                    }
                    var roles = user.roleSet();
                    boolean works = roles.contains(Role.ADMIN) || roles.contains(Role.MANAGER) || roles.contains(Role.OFFICER);
                    boolean allowed = c != null && works && (roles.contains(Role.ADMIN) || c.id.equals(user.centerId));
                    if (!allowed) {
                        return CheckResult.rejectUpgrade(403);
                    }
                    context.userData().put(STAFF, new SignedIn(user.username, session.version()));
                    return CheckResult.permitUpgrade();
                })));
    }
}
