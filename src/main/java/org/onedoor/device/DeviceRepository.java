package org.onedoor.device;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.onedoor.common.UniqueKey;

@ApplicationScoped
public class DeviceRepository implements PanacheRepository<Device> {

    /** The device a token belongs to, or null when it is unknown or revoked. */
    public Uni<Device> findByToken(String token) {
        return findByTokenHash(DeviceTokens.hash(token));
    }

    /** The same, for a caller that has hashed the token already. */
    public Uni<Device> findByTokenHash(String tokenHash) {
        return UniqueKey.row(find("tokenHash = ?1 and revokedAt is null", tokenHash));
    }

    /** The center's bridges that have said something of their ticket printer. */
    public Uni<List<Device>> printersOf(long centerId) {
        return list("centerId = ?1 and kind = ?2 and revokedAt is null and printerState is not null order by id",
                centerId, DeviceKind.BRIDGE);
    }

    public Uni<List<Device>> ofCenter(long centerId) {
        return list("centerId = ?1 order by id", centerId);
    }
}
