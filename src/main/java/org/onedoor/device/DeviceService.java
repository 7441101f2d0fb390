package org.onedoor.device;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.counter.Counter;
import org.onedoor.counter.CounterRepository;
import org.onedoor.floor.EventJournal;
import org.onedoor.floor.FloorEventBody.PrinterStateChanged;
import org.onedoor.security.StaffAccess;

/** Pairs devices with a center, lists them, moves counter screens, revokes them. */
@ApplicationScoped
public class DeviceService {

    @Inject
    DeviceRepository devices;

    @Inject
    CenterRepository centers;

    @Inject
    CounterRepository counters;

    @Inject
    StaffAccess access;

    @Inject
    EventJournal journal;

    @Inject
    Clock clock;

    /** Creates a device and its token; the token is in this answer only. */
    @WithTransaction
    public Uni<DeviceView> pair(String centerCode, DeviceRequest request) {
        if (request.kind() == DeviceKind.COUNTER_SCREEN && request.counter() == null) {
            throw Problem.badRequest(DeviceProblems.class, w -> w.counterScreenNeedsCounter());
        }
        // a hall screen or kiosk "at counter 3" would be listed so, and counted among counter 3's screens
        if (request.counter() != null && request.kind() != DeviceKind.COUNTER_SCREEN) {
            throw Problem.badRequest(DeviceProblems.class, w -> w.onlyCounterScreenHasCounter());
        }
        if (request.printer() != null && request.kind() != DeviceKind.KIOSK) {
            throw Problem.badRequest(DeviceProblems.class, w -> w.onlyKioskHasPrinter());
        }
        return centers.require(centerCode).call(access::actorIn).chain(center -> counterOf(center, request.counter())
                .chain(counter -> printerOf(center, request.printer()).chain(printer ->
                        create(center, request.kind(), request.name(), counter, printer, DeviceTokens.newToken()))));
    }

    /**
     * A bridge reports on its hardware: {@code state} is its ticket printer's (what its kiosks tell
     * citizens; null leaves it as it was), {@code health} every printer and display as JSON (null
     * leaves it). A change of the printer's state is a floor event, so staff hear "out of paper" at
     * once rather than from a citizen with no ticket.
     */
    public Uni<Void> reportPrinter(long bridgeId, PrinterState state, String health) {
        return journal.transaction(tx -> devices.findById(bridgeId).chain(bridge -> {
            PrinterState before = bridge.printerState;
            bridge.lastSeenAt = clock.instant();
            if (health != null) {
                bridge.health = health;
            }
            if (state == null || state == before) {
                return Uni.createFrom().voidItem();
            }
            bridge.printerState = state;
            bridge.printerStateAt = bridge.lastSeenAt;
            return centers.findById(bridge.centerId).chain(center -> tx.record(center,
                    new PrinterStateChanged(String.valueOf(bridge.id), bridge.name, state.name()))).replaceWithVoid();
        }));
    }

    /** The state of a kiosk's printer: NONE without one, else as {@link #printerState(Device, Instant)} says. */
    public Uni<String> printerOfKiosk(Device kiosk) {
        if (kiosk.printerId == null) {
            return Uni.createFrom().item("NONE");
        }
        return devices.findById(kiosk.printerId).map(bridge -> printerState(bridge, clock.instant()));
    }

    /**
     * The state of the printer on this bridge: NONE for no bridge (null) or a revoked one; before its
     * first report, UNKNOWN while the bridge is online (the report follows its connection at once, and
     * a job sent meanwhile waits in the bridge), else OFFLINE: paired but never started, or gone
     * before it said anything, no paper will come.
     */
    public static String printerState(Device bridge, Instant now) {
        if (bridge == null || bridge.isRevoked()) {
            return "NONE";
        }
        if (bridge.printerState != null) {
            return bridge.printerState.name();
        }
        return DeviceSightings.online(bridge, now) ? "UNKNOWN" : "OFFLINE";
    }

    private Uni<Device> printerOf(Center center, String id) {
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return devices.findById(Long.parseLong(id)).map(bridge -> {
            if (bridge == null || !bridge.centerId.equals(center.id) || bridge.kind != DeviceKind.BRIDGE || bridge.isRevoked()) {
                throw Problem.badRequest(DeviceProblems.class, w -> w.notABridge(String.valueOf(id)));
            }
            return bridge;
        });
    }

    /** Creates a device with a given token (the demo's well-known ones). Runs in the caller's transaction. */
    public Uni<DeviceView> create(Center center, DeviceKind kind, String name, Counter counter, String token) {
        return create(center, kind, name, counter, null, token);
    }

    private Uni<DeviceView> create(Center center, DeviceKind kind, String name, Counter counter, Device printer,
            String token) {
        Device device = new Device();
        device.printerId = printer == null ? null : printer.id;
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

    /** One device of the center in the address (a mistyped center finds none), without its token. */
    @WithSession
    public Uni<DeviceView> get(String centerCode, long id) {
        return ofCenter(centerCode, id).chain(device -> (device.counterId == null ? Uni.createFrom().<Counter>nullItem()
                : counters.findById(device.counterId)).map(counter -> view(device, counter == null ? null : counter.number,
                null)));
    }

    private Uni<Device> ofCenter(String centerCode, long id) {
        return centers.require(centerCode).call(access::actorIn).chain(center -> inCenter(center, id));
    }

    private Uni<Device> inCenter(Center center, long id) {
        return inCenter(center, devices.findById(id), id);
    }

    private Uni<Device> inCenter(Center center, Uni<Device> found, long id) {
        return found.map(device -> device != null && device.centerId.equals(center.id) ? device : null)
                .onItem().ifNull().failWith(() -> Problem.notFound(DeviceProblems.class, w -> w.noDeviceInCenter(id, center.code)));
    }

    /**
     * Points a kiosk at another bridge's printer, or at none: a bridge replaced (revoked, a new one
     * paired) would otherwise leave its kiosks without paper until each was paired again. The
     * kiosk's next ticket goes to the new printer; jobs already sent stay with the old one.
     */
    @WithTransaction
    public Uni<DeviceView> choosePrinter(String centerCode, long id, String printer) {
        return centers.require(centerCode).call(access::actorIn).chain(center -> inCenter(center, id).chain(kiosk -> {
            if (kiosk.kind != DeviceKind.KIOSK) {
                throw Problem.badRequest(DeviceProblems.class, w -> w.onlyKioskHasPrinter());
            }
            return printerOf(center, printer).map(bridge -> {
                kiosk.printerId = bridge == null ? null : bridge.id;
                return view(kiosk, null, null);
            });
        }));
    }

    /**
     * Names a device anew ("Màn hình sảnh" that is the one by the stairs). The row is locked, so a
     * revocation committing meanwhile is waited for and refuses it: a revoked device keeps the name
     * it was revoked under, the one the audit log and its last contact were known by.
     */
    @WithTransaction
    public Uni<DeviceView> rename(String centerCode, long id, String name) {
        return centers.require(centerCode).call(access::actorIn).chain(center -> inCenter(center,
                devices.findById(id, LockModeType.PESSIMISTIC_WRITE), id).chain(device -> {
            if (device.isRevoked()) {
                throw Problem.conflict(DeviceProblems.class, w -> w.revokedCannotRename(device.name));
            }
            device.name = name;
            return device.counterId == null ? Uni.createFrom().item(view(device, null, null))
                    : counters.findById(device.counterId).map(counter -> view(device, counter.number, null));
        }));
    }

    /** A counter screen's counter after a move; {@code moved} false when it was at that counter already. */
    public record ScreenMove(DeviceView screen, boolean moved) {
    }

    /**
     * Moves a counter screen to another counter of its center: a box carried to another desk, or
     * put in for a broken one, without anyone pairing it again at the box. Its sockets are closed
     * once this has committed, by {@link DeviceMoves}, and its page reads what it is again. The
     * screen's row is locked, so a revocation committing meanwhile is waited for and refuses the
     * move; the counter's is shared, so it cannot be taken off the floor meanwhile (as in pairing).
     * Several screens may stand at one counter, as pairing allows: there is no "taken".
     */
    @WithTransaction
    public Uni<ScreenMove> moveScreen(String centerCode, long id, int number) {
        return centers.require(centerCode).call(access::actorIn).chain(center -> inCenter(center,
                devices.findById(id, LockModeType.PESSIMISTIC_WRITE), id).chain(screen -> {
            if (screen.kind != DeviceKind.COUNTER_SCREEN) {
                throw Problem.conflict(DeviceProblems.class, w -> w.notACounterScreen(screen.name));
            }
            if (screen.isRevoked()) {
                throw Problem.conflict(DeviceProblems.class, w -> w.revokedCannotMove(screen.name));
            }
            return counters.findSharedEvenRetired(center.id, number).map(counter -> {
                if (counter == null) {
                    throw CounterRepository.notFound(number);
                }
                if (counter.retiredAt != null) {
                    throw Problem.conflict(DeviceProblems.class, w -> w.counterRetired(number));
                }
                boolean moved = !counter.id.equals(screen.counterId);
                screen.counterId = counter.id;
                return new ScreenMove(view(screen, counter.number, null), moved);
            });
        }));
    }

    /**
     * Revokes a token: it can never connect again. Only a device of the center in the address: a
     * mistyped center must not revoke another center's screen. Its open sockets are closed once this
     * has committed, by {@link DeviceRevocations}.
     */
    @WithTransaction
    public Uni<DeviceView> revoke(String centerCode, long id) {
        return ofCenter(centerCode, id)
                .invoke(device -> {
                    if (device.revokedAt == null) {
                        device.revokedAt = clock.instant();
                    }
                })
                .map(device -> view(device, null, null));
    }

    @WithSession
    public Uni<DeviceSelf> self(long id) {
        return devices.findById(id).chain(device -> centers.findById(device.centerId).chain(center -> {
            Uni<Counter> counter = device.counterId == null ? Uni.createFrom().nullItem() : counters.findById(device.counterId);
            return counter.chain(c -> printerOfKiosk(device).map(printer -> new DeviceSelf(String.valueOf(device.id),
                    device.kind, device.name, center.code, center.name, c == null ? null : c.number,
                    device.kind == DeviceKind.KIOSK ? printer : null)));
        }));
    }

    private Uni<Counter> counterOf(Center center, Integer number) {
        return number == null ? Uni.createFrom().nullItem() : counters.requireShared(center.id, number);
    }

    private DeviceView view(Device d, Integer counterNumber, String token) {
        boolean online = !d.isRevoked() && DeviceSightings.online(d, clock.instant());
        String printerBridge = d.kind == DeviceKind.KIOSK && d.printerId != null ? String.valueOf(d.printerId) : null;
        return new DeviceView(String.valueOf(d.id), d.kind, d.name, counterNumber, d.createdAt, d.lastSeenAt,
                online, d.isRevoked(), token, d.isRevoked() ? null : d.printerState, d.isRevoked() ? null : d.health,
                printerBridge);
    }
}
