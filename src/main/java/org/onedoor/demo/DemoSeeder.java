package org.onedoor.demo;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.onedoor.catalog.CatalogImport;
import org.onedoor.catalog.Field;
import org.onedoor.catalog.FieldRepository;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.center.DefaultPriorityGroups;
import org.onedoor.counter.Counter;
import org.onedoor.counter.CounterRepository;
import org.onedoor.counter.CounterState;
import org.onedoor.device.DeviceKind;
import org.onedoor.device.DeviceRepository;
import org.onedoor.device.DeviceService;
import org.onedoor.security.AppUser;
import org.onedoor.security.AppUserRepository;
import org.onedoor.security.Role;

/**
 * Demo mode only (onedoor.demo.enabled): seeds center "demo" with the commune fields, six
 * counters with overlapping fields, and users with well-known passwords. Runs once: an existing
 * "demo" center is left as it is.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    static final String CENTER = "demo";

    /** Counter number → fields served, primary first: officers hold several positions. */
    private static final List<List<String>> COUNTER_FIELDS = List.of(
            List.of("HT", "CT"), List.of("CT", "HT"), List.of("TP", "HT", "CT"),
            List.of("DD", "XD"), List.of("HKD", "DD", "XD"), List.of("BTXH", "NCC", "TP"));

    @ConfigProperty(name = "onedoor.demo.enabled")
    boolean enabled;

    @Inject
    CenterRepository centers;

    @Inject
    FieldRepository fields;

    @Inject
    CounterRepository counters;

    @Inject
    AppUserRepository users;

    @Inject
    CatalogImport catalog;

    @Inject
    DefaultPriorityGroups priorityGroups;

    @Inject
    DeviceService devices;

    @Inject
    DeviceRepository deviceRows;

    static final String BRIDGE_TOKEN = "demo-bridge";

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (!enabled) {
            return;
        }
        LOG.warn("**************************************************************************");
        LOG.warn("* DEMO MODE: center 'demo' with users admin/admin and officer1..6/demo.  *");
        LOG.warn("* Device tokens demo-hall-screen, demo-kiosk-1, demo-counter-1..6,       *");
        LOG.warn("* demo-bridge (kiosk 1's printer, LED displays modbus:1..6).             *");
        LOG.warn("* These passwords are public. Never run demo mode with real citizens.    *");
        LOG.warn("**************************************************************************");
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(this::seedOnce));
    }

    private Uni<Void> seedOnce() {
        return centers.findByCode(CENTER).chain(existing -> existing != null ? openAllHours(existing) : seed())
                .chain(() -> centers.findByCode(CENTER)).chain(this::addBridge);
    }

    /** A demo seeded by an older version keeps its data, but opens round the clock like a new one. */
    private Uni<Void> openAllHours(Center center) {
        alwaysOpen(center);
        return centers.flush().replaceWithVoid();
    }

    private static void alwaysOpen(Center center) {
        // open round the clock, every day, so the demo can be tried at any hour; a real center
        // keeps the defaults (Monday to Friday, 07:00-17:00) or sets its own
        center.opensAt = LocalTime.MIN;
        center.closesAt = LocalTime.MIDNIGHT; // the end of the day
        center.openDays(EnumSet.allOf(DayOfWeek.class));
    }

    private Uni<Void> seed() {
        Center center = new Center();
        center.code = CENTER;
        center.name = "Trung tâm Phục vụ hành chính công xã Tân Phong (demo)";
        // the demo is open round the clock (alwaysOpen): a notice naming office hours would contradict it
        center.notice = "Trung tâm dùng thử: mở cửa cả ngày, mọi ngày trong tuần. Xin cảm ơn quý công dân!";
        alwaysOpen(center);
        return centers.persistAndFlush(center)
                .call(priorityGroups::addTo)
                .call(c -> catalog.seed(c, resource("demo/fields.csv"), resource("demo/procedures.csv")))
                .call(c -> fields.ofCenter(c.id).chain(list -> addCounters(c, list)))
                .call(this::addUsers)
                .call(this::addDevices)
                .invoke(c -> LOG.infof("Demo center '%s' seeded", c.code))
                .replaceWithVoid();
    }

    private Uni<Void> addCounters(Center center, List<Field> all) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < COUNTER_FIELDS.size(); i++) {
            Counter counter = new Counter();
            counter.centerId = center.id;
            counter.number = i + 1;
            counter.label = "Quầy " + (i + 1);
            counter.state = CounterState.CLOSED;
            List<Long> ids = COUNTER_FIELDS.get(i).stream()
                    .map(code -> all.stream().filter(f -> f.code.equals(code)).findFirst().orElseThrow().id).toList();
            chain = chain.chain(() -> counters.persistAndFlush(counter)).chain(saved -> counters.replaceFields(saved, ids));
        }
        return chain;
    }

    /** officer1..6 by the names a counter screen shows, as a desk's name plate would. */
    private static final List<String> OFFICER_NAMES = List.of("Nguyễn Thị Lan", "Trần Văn Bình", "Lê Thị Hoa",
            "Phạm Văn Minh", "Hoàng Thị Mai", "Vũ Văn Nam");

    private Uni<Void> addUsers(Center center) {
        List<AppUser> demoUsers = new java.util.ArrayList<>();
        demoUsers.add(AppUser.create("admin", "admin", Role.ADMIN, null, "Quản trị viên"));
        for (int i = 1; i <= OFFICER_NAMES.size(); i++) {
            demoUsers.add(AppUser.create("officer" + i, "demo", Role.OFFICER, center.id, OFFICER_NAMES.get(i - 1)));
        }
        demoUsers.add(AppUser.create("guide1", "demo", Role.GUIDE, center.id, "Hướng dẫn viên"));
        demoUsers.add(AppUser.create("manager1", "demo", Role.MANAGER, center.id, "Lãnh đạo Trung tâm"));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (AppUser user : demoUsers) {
            // an account made another way (ONEDOOR_ADMIN_PASSWORD) keeps its own password
            chain = chain.chain(() -> users.findByUsername(user.username))
                    .chain(existing -> existing != null ? Uni.createFrom().voidItem() : users.persist(user).replaceWithVoid());
        }
        return chain;
    }

    /** One hall screen, a screen per counter and a kiosk, with tokens as public as the passwords. */
    private Uni<Void> addDevices(Center center) {
        return counters.ofCenter(center.id).chain(list -> {
            Uni<?> chain = devices.create(center, DeviceKind.HALL_SCREEN, "Màn hình sảnh", null, "demo-hall-screen")
                    .chain(() -> devices.create(center, DeviceKind.KIOSK, "Kiosk 1", null, "demo-kiosk-1"));
            for (Counter counter : list) {
                chain = chain.chain(() -> devices.create(center, DeviceKind.COUNTER_SCREEN,
                        "Màn hình quầy " + counter.number, counter, "demo-counter-" + counter.number));
            }
            return chain.replaceWithVoid();
        });
    }

    /**
     * The hardware bridge of the demo (hardware/README.md runs it with a virtual printer and LED
     * display): kiosk 1 prints through it, counter N's number display is at modbus:N. Added to a
     * demo seeded before bridges existed, too. Until someone starts the bridge, its printer is
     * OFFLINE to the kiosk, as any bridge never started is (DeviceService#printerState).
     */
    private Uni<Void> addBridge(Center center) {
        return deviceRows.findByToken(BRIDGE_TOKEN).chain(existing -> existing != null ? Uni.createFrom().voidItem()
                : devices.create(center, DeviceKind.BRIDGE, "Cầu nối máy kiosk", null, BRIDGE_TOKEN)
                        .chain(bridge -> deviceRows.findByToken("demo-kiosk-1").invoke(kiosk -> {
                            if (kiosk != null && kiosk.printerId == null) {
                                kiosk.printerId = Long.valueOf(bridge.id());
                            }
                        }))
                        .chain(() -> counters.ofCenter(center.id)).invoke(list -> list.stream()
                                .filter(c -> c.displayAddress == null).forEach(c -> c.displayAddress = "modbus:" + c.number))
                        .chain(() -> centers.flush()).replaceWithVoid());
    }

    private static String resource(String path) {
        try (InputStream in = DemoSeeder.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
