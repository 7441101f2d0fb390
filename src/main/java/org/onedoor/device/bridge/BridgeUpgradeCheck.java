package org.onedoor.device.bridge;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.SocketOpenings;
import org.onedoor.common.UpgradeChecks;
import org.onedoor.device.DeviceKind;
import org.onedoor.device.DeviceRepository;
import org.onedoor.device.DeviceSightings;

/** The bridge socket opens only for an unrevoked BRIDGE token ({@code ?token=}); 401 otherwise. */
@ApplicationScoped
public class BridgeUpgradeCheck implements HttpUpgradeCheck {

    static final TypedKey<Long> BRIDGE_ID = DeviceSightings.DEVICE;
    /** How the bridge reached the server: tracking links on paper point there. */
    static final TypedKey<String> SERVER_URL = TypedKey.forString("onedoor.serverUrl");
    /** The code of the bridge's center: the floor events it acts on are that center's. */
    static final TypedKey<String> CENTER = TypedKey.forString("onedoor.bridgeCenter");

    @Inject
    DeviceRepository devices;

    @Inject
    CenterRepository centers;

    @Inject
    Clock clock;

    @Inject
    SocketOpenings openings;

    @Override
    public boolean appliesTo(String endpointId) {
        return BridgeSocket.ENDPOINT.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        return UpgradeChecks.withToken(context, token -> {
            if (token == null || token.isBlank()) {
                return CheckResult.rejectUpgrade(401);
            }
            String host = context.httpRequest().getHeader("Host");
            // a node's bridges reconnect together when another node dies: they take turns with its screens
            return UpgradeChecks.unavailableOnOutage(openings.admit(() -> Panache.withTransaction(() -> check(context, token, host))));
        });
    }

    private Uni<CheckResult> check(HttpUpgradeContext context, String token, String host) {
        return devices.findByToken(token).chain(device -> {
            if (device == null || device.kind != DeviceKind.BRIDGE) {
                return CheckResult.rejectUpgrade(401);
            }
            device.seen(clock.instant());
            context.userData().put(BRIDGE_ID, device.id);
            context.userData().put(SERVER_URL, "http://" + host);
            return centers.findById(device.centerId).chain(center -> {
                context.userData().put(CENTER, center.code);
                return CheckResult.permitUpgrade();
            });
        });
    }
}
