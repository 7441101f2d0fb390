package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.BridgeProcess;
import org.onedoor.testing.Browser;
import org.onedoor.testing.FakeTcpPrinter;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.Floor;
import org.onedoor.testing.KioskPage;
import org.onedoor.testing.PaperReader;
import org.onedoor.testing.TcpProxy;
import org.onedoor.testing.TestClock;
import org.onedoor.testing.TestDatabase;

/**
 * A remote commune's link drops: the kiosk, in real Chromium, keeps giving numbers from its lease
 * and hands them back when the server is reachable again; the counters call them in their turn.
 */
@QuarkusTest
class KioskOfflineScreenTest {

    static final Path WORK = Path.of("target", "kiosk-offline");
    static KioskPage kiosk;

    @Inject
    TestClock clock;

    @Inject
    TestDatabase database;

    @BeforeAll
    static void startBrowser() {
        kiosk = new KioskPage(Browser.screen(1920, 1080));
    }

    @AfterAll
    static void stopBrowser() {
        kiosk.browser.quit();
    }

    @Test
    void shouldKeepIssuingFromItsLeaseWhileTheServerIsOutOfReachAndHandTheTicketsBack() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            kiosk.open(network.port(), KioskTestDevices.pair(floor, "KIOSK", null), null);
            awaitLease();
            String before = floor.issue("HT").getString("code");
            // every Vietnamese clip held in memory while the server answers
            kiosk.waitUntil(Duration.ofSeconds(30), () -> Boolean.TRUE.equals(kiosk.browser.executeScript(
                    "const s = window.onedoor.speaker; return !s.keeping && !!s.packs.vi"
                    + " && Object.keys(s.packs.vi.clips).length <= Object.keys(s.kept).length")));

            network.cut();
            Instant cut = clock.instant(); // the server's clock, which other tests move on
            List<String> given = List.of(takeTicket(), goHomeAndTakeTicket());

            assertThat(given).containsExactly("A990", "A991");
            assertThat(kiosk.text("ticket-printer")).startsWith("Máy chủ đang tạm gián đoạn, nhưng số của quý vị đã được giữ");
            // the leased number is said as the server's would be: its words came with the lease
            List<String> said = List.of("say.offline", "số", "a", "chín", "trăm", "chín", "mươi", "mốt");
            kiosk.waitUntil(Duration.ofSeconds(15), () -> kiosk.saidKeys().containsAll(said));
            assertThat(kiosk.saidKeys()).containsSubsequence(said);
            // and heard: no clip of them failed for want of the server (it was read from it as played)
            assertThat(kiosk.browser.executeScript("return window.onedoor.speaker.failed.map(f => f.key + ' ' + f.code)")).asList().isEmpty();
            assertThat(kiosk.shown("ticket-qr")).as("no tracking code before the server knows the ticket").isFalse();
            assertThat(kiosk.text("ticket-ahead")).as("no guess at the people ahead").isEmpty();
            Browser.screenshot(kiosk.browser, "kiosk-offline-ticket");
            String after = floor.issue("HT").getString("code"); // the guidance desk, still online

            network.restore();
            awaitHandedBack(Duration.ofSeconds(20));

            JsonPath first = floor.callNext(1);
            assertThat(first.getString("code")).isEqualTo(before);
            floor.serve(first.getString("id"));
            JsonPath offline = floor.callNext(1);
            assertThat(offline.getString("code")).as("called in arrival order").isEqualTo("A990");
            assertThat(Instant.parse(offline.getString("issuedAt"))).as("the kiosk's arrival time")
                    .isBetween(cut.minusSeconds(5), cut.plusSeconds(30));
            assertThat(offline.getString("channel")).isEqualTo("KIOSK");
            floor.serve(offline.getString("id"));
            JsonPath second = floor.callNext(1);
            assertThat(second.getString("code")).isEqualTo("A991");
            floor.serve(second.getString("id"));
            assertThat(floor.callNextCode(1)).as("the desk's ticket, issued after both").isEqualTo(after);
        }
    }

    @Test
    void shouldPrintTheOutageTicketThroughTheBridgeOnTheKioskPc() throws Exception {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A")).counter(1, "HT").open(1);
        KioskPc pc = KioskPc.pair(floor);
        Path dir = Files.createTempDirectory(Files.createDirectories(WORK), "offline-print");
        try (TcpProxy network = new TcpProxy(RestAssured.port); FakeTcpPrinter printer = new FakeTcpPrinter();
                BridgeProcess bridge = BridgeProcess.start(dir, pc.bridgeConfig(network, printer))) {
            bridge.awaitLog("connected to", 1, Duration.ofSeconds(15));
            pc.openKiosk(network);
            awaitLease();
            assertThat(takeTicket()).isEqualTo("A001");
            kiosk.waitUntil(Duration.ofSeconds(15), () -> printer.tickets().size() == 1);

            network.cut(); // the kiosk PC, its bridge and the server are apart; the bridge still prints
            assertThat(goHomeAndTakeTicket()).isEqualTo("A990");
            kiosk.waitUntil(Duration.ofSeconds(15), () -> printer.tickets().size() == 2);
            assertThat(kiosk.text("ticket-printer")).startsWith("Máy chủ đang tạm gián đoạn").contains("Xin mời nhận phiếu");
            kiosk.waitUntil(Duration.ofSeconds(15), () -> kiosk.saidKeys().contains("say.offlinePaper"));
            PaperReader.Paper paper = PaperReader.read(printer.tickets().get(1), dir, "offline");
            assertThat(paper.text()).contains("A990", "Hộ tịch", "phục vụ: 1"); // "Quầy phục vụ: 1" (OCR may drop a mark of Quầy)
            assertThat(paper.qr()).as("no tracking code before the server knows the ticket").isEmpty();

            network.restore();
            awaitHandedBack(Duration.ofSeconds(20));
            Thread.sleep(1000);
            assertThat(printer.tickets()).as("the handed-back ticket is not printed again").hasSize(2);
        }
    }

    /**
     * A kiosk PC whose browser starts with empty storage (a kiosk mode that forgets) loses its
     * record of the numbers it gave in an outage. The server, told the kiosk holds no lease of
     * today, never offers that block again, and gives a new one. Should a number on paper come
     * up again all the same (a kiosk page that does not say what it holds), the bridge knows it
     * printed it: the citizen gets the next number, and that one is handed back for its holder.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shouldNotGiveTwiceANumberTheKioskGaveBeforeItForgotIt() throws Exception {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A")).counter(1, "HT").open(1);
        KioskPc pc = KioskPc.pair(floor);
        Path dir = Files.createTempDirectory(Files.createDirectories(WORK), "offline-again");
        try (TcpProxy network = new TcpProxy(RestAssured.port); FakeTcpPrinter printer = new FakeTcpPrinter();
                BridgeProcess bridge = BridgeProcess.start(dir, pc.bridgeConfig(network, printer))) {
            bridge.awaitLog("connected to", 1, Duration.ofSeconds(15));
            pc.openKiosk(network);
            awaitLease();
            network.cut();
            assertThat(takeTicket()).isEqualTo("A990");
            kiosk.waitUntil(Duration.ofSeconds(15), () -> printer.tickets().size() == 1);

            // A990 offered again: the bridge answers that it printed it, and the next number is given
            Map<String, Object> given = (Map<String, Object>) kiosk.browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const offered = [{ field: 'HT', number: 990, code: 'A990', requestId: 'r1' },
                      { field: 'HT', number: 991, code: 'A991', requestId: 'r1' }];
                    const givenBefore = [];
                    const offline = { take: () => offered.shift() || null, printing: () => {},
                      givenBefore: (t) => givenBefore.push(t.code) };
                    import('/kiosk/js/local-print.js').then((m) => m.takeAndPrint(offline, { field: 'HT', requestId: 'r1' },
                        { center: arguments[0], day: window.onedoor.offline.state.day, centerName: 'x', local: new Date(),
                          fieldName: 'Hộ tịch', note: 'x', counters: null }))
                      .then((r) => done({ code: r.number.code, printed: r.printed, givenBefore: givenBefore }),
                        (e) => done({ error: String(e) }));""", floor.center);
            assertThat(given).containsEntry("code", "A991").containsEntry("printed", true)
                    .containsEntry("givenBefore", List.of("A990"));
            kiosk.waitUntil(Duration.ofSeconds(15), () -> printer.tickets().size() == 2);

            // the browser's storage emptied, and the kiosk leases again: 990-999 are offered no more
            kiosk.browser.get("about:blank");
            kiosk.browser.executeCdpCommand("Storage.clearDataForOrigin",
                    Map.of("origin", "http://127.0.0.1:" + network.port(), "storageTypes", "local_storage"));
            network.restore();
            pc.openKiosk(network);
            awaitLease();
            network.cut();

            assertThat(takeTicket()).as("a number of a new block").isEqualTo("A980");
            kiosk.waitUntil(Duration.ofSeconds(15), () -> printer.tickets().size() == 3);
            assertThat(kiosk.text("ticket-printer")).contains("Xin mời nhận phiếu");
        }
    }

    /** A stalled link (no error, no answer) is an outage too: the citizen gets a leased number, not a frozen button. */
    @Test
    void shouldGiveALeasedNumberWhenTheServerDoesNotAnswer() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            kiosk.open(network.port(), KioskTestDevices.pair(floor, "KIOSK", null), null);
            awaitLease();

            network.stall();
            takeTicket(Duration.ofSeconds(15)); // the kiosk waits 8 s for an answer
            assertThat(kiosk.text("ticket-code")).isEqualTo("A990");

            network.restore();
            awaitHandedBack(Duration.ofSeconds(20));
            assertThat(floor.callNextCode(1)).as("the citizen's number is the one called first").isEqualTo("A990");
        }
    }

    /**
     * The server answers too late (the center's row held by a slow transaction): the kiosk gives a
     * leased number, and the request it gave up on, once it can go on, is rolled back for having
     * passed onedoor.kiosk.tickets.commit-within, so no counter calls a citizen who is not there
     * and none is printed for nobody.
     */
    @Test
    void shouldLeaveNoTicketForNobodyWhenTheAnswerComesTooLate() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        kiosk.open(RestAssured.port, KioskTestDevices.pair(floor, "KIOSK", null), null);
        awaitLease();

        try (HeldRow slow = HeldRow.center(database, floor.center)) {
            kiosk.tap("[data-field=HT]");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));
            kiosk.tap("#take");
            slow.awaitWaiters(1, Duration.ofSeconds(5));
            kiosk.waitUntil(Duration.ofSeconds(9), () -> kiosk.shown("ticket")); // the kiosk waits 8 s
            assertThat(kiosk.text("ticket-code")).isEqualTo("A990");
            slow.release(); // within the server's 10 s, but past the 6 s a kiosk's ticket may take
        }
        awaitHandedBack(Duration.ofSeconds(20));
        JsonPath call = floor.callNext(1);
        assertThat(call.getString("code")).isEqualTo("A990");
        floor.serve(call.getString("id"));
        assertThat(floor.callNext(1)).as("no ticket written too late for nobody").isNull();
        JsonPath events = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath();
        assertThat(events.getList("findAll { it.type == 'TicketIssued' }.body.ticket.code")).containsExactly("A990");
    }

    /**
     * No event marks closing time, and during an outage the server cannot say it: the kiosk's own
     * clock closes it, so no citizen takes a number nobody will call.
     */
    @Test
    void shouldCloseAtClosingTimeByItsOwnClockAndGiveNoNumberDuringAnOutage() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        Floor.asAdmin().body(Map.of("opensAt", "07:00", "closesAt", "17:00",
                "openDays", Arrays.stream(DayOfWeek.values()).map(Enum::name).toList()))
                .patch("/api/centers/" + floor.center).then().statusCode(200);
        // the server's clock on, never back, to 16:59:45 of its next day in Vietnam
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        Instant beforeClosing = LocalDate.ofInstant(clock.instant(), vietnam).plusDays(1).atTime(16, 59, 45)
                .atZone(vietnam).toInstant();
        Duration ahead = Duration.between(clock.instant(), beforeClosing);
        clock.advance(ahead);
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            kiosk.open(network.port(), KioskTestDevices.pair(floor, "KIOSK", null), null);
            awaitLease();
            assertThat(kiosk.shown("home")).as("open until 17:00").isTrue();

            network.cut();
            kiosk.tap("[data-field=HT]");
            kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));
            kiosk.waitUntil(Duration.ofSeconds(25), () -> kiosk.shown("closed"));

            assertThat(kiosk.text("hours")).isEqualTo("Giờ làm việc: 07:00 – 17:00");
            assertThat((List<?>) kiosk.browser.executeScript("return window.onedoor.offline.waiting()")).isEmpty();
            network.restore();
        } finally {
            // on to the same time of day as before: later tests keep the hour they would have had
            clock.advance(Duration.ofDays(ahead.toDays() + 1).minus(ahead));
        }
    }

    /**
     * A kiosk paired with a bridge of its center, as on a kiosk PC: the bridge prints the kiosk's
     * tickets, and during an outage the page prints through the bridge's local port.
     */
    private record KioskPc(String bridgeToken, String kioskToken, int localPort) {

        static KioskPc pair(Floor floor) throws IOException {
            String bridgeToken = KioskTestDevices.pair(floor, "BRIDGE", null);
            String bridgeId = KioskTestDevices.asDevice(bridgeToken).get("/api/device").then().extract().path("id");
            return new KioskPc(bridgeToken, KioskTestDevices.pair(floor, "KIOSK", bridgeId), freePort());
        }

        /** The bridge's configuration: the server through the link the test can cut, the fake printer, the local port. */
        String bridgeConfig(TcpProxy network, FakeTcpPrinter printer) {
            return "server = http://127.0.0.1:" + network.port() + "\ntoken = " + bridgeToken
                    + "\nprinter.ticket = tcp:127.0.0.1:" + printer.port() + "\nlocal-print-port = " + localPort + "\n";
        }

        void openKiosk(TcpProxy network) {
            kiosk.open(network.port(), kioskToken, "bridge=" + localPort);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String takeTicket() {
        return takeTicket(Duration.ofSeconds(10));
    }

    /** Takes a ticket of HT, and waits this long for the ticket screen; its code. */
    private String takeTicket(Duration within) {
        kiosk.tap("[data-field=HT]");
        kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("confirm"));
        kiosk.tap("#take");
        kiosk.waitUntil(within, () -> kiosk.shown("ticket"));
        return kiosk.text("ticket-code");
    }

    /** Waits until the kiosk holds today's lease of numbers for outages. */
    private static void awaitLease() {
        kiosk.waitUntil(Duration.ofSeconds(5), () -> kiosk.browser.executeScript("return window.onedoor.offline.state.day") != null);
    }

    /** Waits until every ticket the kiosk gave during an outage is handed back. */
    private static void awaitHandedBack(Duration within) {
        kiosk.waitUntil(within, () -> ((List<?>) kiosk.browser.executeScript("return window.onedoor.offline.waiting()")).isEmpty());
    }

    private String goHomeAndTakeTicket() {
        kiosk.tap("#ticket .home");
        kiosk.waitUntil(Duration.ofSeconds(2), () -> kiosk.shown("home"));
        return takeTicket();
    }
}
