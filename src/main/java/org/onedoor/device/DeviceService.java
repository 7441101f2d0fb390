package org.onedoor.device;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.counter.Counter;
import org.onedoor.counter.CounterRepository;
import org.onedoor.security.StaffAccess;

/** Pairs devices with a center, lists them, revokes them. */
@ApplicationScoped
public class DeviceService {

    /** Fired when a device's token stops being valid, so its open sockets are closed. */
    public record DeviceRevoked(long deviceId) {
    }

    @Inject
    DeviceRepository devices;

    @Inject
    CenterRepository centers;

    @Inject
    CounterRepository counters;

    @Inject
    StaffAccess access;

    @Inject
    Event<DeviceRevoked> revoked;

    @Inject
    Clock clock;

    /** Creates a device and its token; the token is in this answer only. */
    @WithTransaction
    public Uni<DeviceView> pair(String centerCode, DeviceRequest request) {
        if (request.kind() == DeviceKind.COUNTER_SCREEN && request.counter() == null) {
            throw Problem.badRequest("A counter screen needs the number of its counter.");
        }
        return centers.require(centerCode).call(access::actorIn).chain(center -> counterOf(center, request.counter())
                .chain(counter -> create(center, request.kind(), request.name(), counter, DeviceTokens.newToken())));
    }

    /** Creates a device with a given token (the demo's well-known ones). Runs in the caller's transaction. */
    public Uni<DeviceView> create(Center center, DeviceKind kind, String name, Counter counter, String token) {
        Device device = new Device();
        device.centerId = center.id;
        device.kind = kind;
        device.name = name;
        device.counterId = counter == null ? null : counter.id;
        device.tokenHash = DeviceTokens.hash(token);
        device.createdAt = clock.instant();
        return devices.persistAndFlush(device).map(d -> view(d, counter == null ? null : counter.number, token));
    }

    @WithSession
    public Uni<List<DeviceView>> list(String centerCode) {
        return centers.require(centerCode).call(access::actorIn).chain(center -> counters.ofCenter(center.id)
                .chain(counterList -> devices.ofCenter(center.id).map(list -> list.stream()
                        .map(d -> view(d, counterList.stream().filter(c -> c.id.equals(d.counterId))
                                .map(c -> c.number).findFirst().orElse(null), null))
                        .toList())));
    }

    /** Revokes a token at once: its sockets are closed and it can never connect again. */
    @WithTransaction
    public Uni<DeviceView> revoke(long id) {
        return devices.findById(id).onItem().ifNull().failWith(() -> Problem.notFound("No device with id " + id + "."))
                .call(device -> centers.findById(device.centerId).call(access::actorIn))
                .invoke(device -> {
                    if (device.revokedAt == null) {
                        device.revokedAt = clock.instant();
                    }
                })
                .call(devices::flush)
                .invoke(device -> revoked.fire(new DeviceRevoked(device.id)))
                .map(device -> view(device, null, null));
    }

    @WithSession
    public Uni<DeviceSelf> self(long id) {
        return devices.findById(id).chain(device -> centers.findById(device.centerId).chain(center -> {
            Uni<Counter> counter = device.counterId == null ? Uni.createFrom().nullItem() : counters.findById(device.counterId);
            return counter.map(c -> new DeviceSelf(String.valueOf(device.id), device.kind, device.name, center.code,
                    center.name, c == null ? null : c.number));
        }));
    }

    private Uni<Counter> counterOf(Center center, Integer number) {
        return number == null ? Uni.createFrom().nullItem() : counters.require(center.id, number);
    }

    private static DeviceView view(Device d, Integer counterNumber, String token) {
        return new DeviceView(String.valueOf(d.id), d.kind, d.name, counterNumber, d.createdAt, d.lastSeenAt,
                d.isRevoked(), token);
    }
}
