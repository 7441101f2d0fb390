package org.onedoor.floor.live;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.onedoor.center.CenterRepository;
import org.onedoor.device.DeviceRepository;

/**
 * Lets a floor socket open only for a device of that center: {@code ?token=…} must be an
 * unrevoked device token (401 otherwise) of the center in the path (403 otherwise). Browsers
 * cannot set headers on a WebSocket, hence the query parameter. Tokens do not expire.
 */
@ApplicationScoped
public class DeviceUpgradeCheck implements HttpUpgradeCheck {

    static final TypedKey<Long> DEVICE_ID = TypedKey.forLong("onedoor.deviceId");

    @Inject
    DeviceRepository devices;

    @Inject
    CenterRepository centers;

    @Inject
    Clock clock;

    @Override
    public boolean appliesTo(String endpointId) {
        return FloorSocket.ENDPOINT.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String token = context.httpRequest().getParam("token");
        String center = context.pathParam("center");
        if (token == null || token.isBlank()) {
            return CheckResult.rejectUpgrade(401);
        }
        return Panache.withTransaction(() -> devices.findByToken(token).chain(device -> {
            if (device == null || device.isRevoked()) {
                return CheckResult.rejectUpgrade(401);
            }
            return centers.findByCode(center).chain(c -> {
                if (c == null || !c.id.equals(device.centerId)) {
                    return CheckResult.rejectUpgrade(403);
                }
                device.lastSeenAt = clock.instant();
                context.userData().put(DEVICE_ID, device.id);
                return CheckResult.permitUpgrade();
            });
        }));
    }
}
