package org.onedoor.device;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    /**
     * What a screen's socket upgrade needs, in one query: its device, the center it names, and for
     * a counter screen the number of its counter (null for any other device).
     */
    public record Upgrade(long deviceId, long deviceCenterId, Instant lastSeenAt, Instant leftAt, Long namedCenterId,
            Integer counterNumber) {
    }

    /**
     * The unrevoked device of this token with the id of the center with this code (null when
     * there is none), or null when the token is no device's: one round trip, no transaction.
     */
    public Uni<Upgrade> findForUpgrade(String token, String centerCode) {
        return getSession().chain(s -> s.createSelectionQuery("select d.id, d.centerId, d.lastSeenAt, d.leftAt,"
                        + " (select c.id from Center c where c.code = :code),"
                        + " (select k.number from Counter k where k.id = d.counterId) from Device d"
                        + " where d.tokenHash = :hash and d.revokedAt is null", Object[].class)
                .setParameter("code", centerCode.indexOf('\0') >= 0 ? "" : centerCode) // PostgreSQL refuses NUL in text
                .setParameter("hash", DeviceTokens.hash(token))
                .getSingleResultOrNull())
                .map(row -> row == null ? null : new Upgrade((Long) row[0], (Long) row[1], (Instant) row[2], (Instant) row[3],
                        (Long) row[4], (Integer) row[5]));
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
