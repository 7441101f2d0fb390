package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.TestClock;
import org.onedoor.testing.TestDatabase;

/**
 * A kiosk holds a block of numbers per field so it can keep issuing while the server is out of
 * reach, and hands the tickets back when it returns: no duplicate code, the arrival time kept,
 * and the counters call them in their turn.
 */
@QuarkusTest
class KioskOfflineTest {

    @Inject
    TestClock clock;

    @Inject
    TestDatabase database;

    @Test
    void shouldLeaseNumbersFromTheTopOfTheDayWithoutTouchingOnlineNumbering() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithBlock("CT", 2, 10).counter(1, "HT", "CT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        String other = KioskTestDevices.pair(floor, "KIOSK", null);

        JsonPath lease = lease(kiosk);
        assertThat(lease.getList("fields.find { it.field == 'HT' }.numbers.code"))
                .containsExactly("A990", "A991", "A992", "A993", "A994", "A995", "A996", "A997", "A998", "A999");
        assertThat(lease.getList("fields.find { it.field == 'CT' }.numbers.code")).startsWith("2990").hasSize(10);
        // the kiosk beside it gets the block below; asking again gives the same numbers, not a new block
        assertThat(lease(other).getList("fields.find { it.field == 'HT' }.numbers.code")).startsWith("A980").endsWith("A989");
        assertThat(lease(kiosk).getList("fields.find { it.field == 'HT' }.numbers.code")).startsWith("A990").hasSize(10);
        assertThat(issueOnline(kiosk, "HT")).isEqualTo("A001");
    }

    @Test
    void shouldLeaseAboveTheDailyCapSoThatUnusedLeasesTakeNoOnlineNumber() {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A", "dailyCap", 12))
                .counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        String other = KioskTestDevices.pair(floor, "KIOSK", null);
        assertThat(lease(kiosk).getList("fields.find { it.field == 'HT' }.numbers.code")).startsWith("A990").endsWith("A999");
        assertThat(lease(other).getList("fields.find { it.field == 'HT' }.numbers.code")).startsWith("A980").endsWith("A989");

        // at the guidance desk (a kiosk would be rate limited long before twelve)
        for (int n = 1; n <= 12; n++) {
            assertThat(floor.issue("HT").getString("code")).as("the cap is the online day's").isEqualTo(String.format("A%03d", n));
        }
        Floor.asAdmin().body(Map.of("field", "HT")).post(floor.path("/tickets"))
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(handBack(kiosk, List.of(offline("HT", 990, clock.instant()))).getList("outcome"))
                .as("a number the kiosk gave while offline is the citizen's, cap or not").containsExactly("RECORDED");
    }

    @Test
    void shouldRecordHandedBackTicketsOnceAndCallThemInArrivalOrder() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        Instant leasedAt = clock.instant();
        String first = issueOnline(kiosk, "HT");
        clock.advance(Duration.ofSeconds(60));
        String later = issueOnline(kiosk, "HT");

        // issued at the kiosk 20 s and 40 s after the lease, while the server could not be reached
        List<Map<String, Object>> offline = List.of(
                offline("HT", 991, leasedAt.plusSeconds(40)), offline("HT", 990, leasedAt.plusSeconds(20)));
        JsonPath handed = handBack(kiosk, offline);
        assertThat(handed.getList("outcome")).containsExactly("RECORDED", "RECORDED");
        assertThat(handed.getList("code")).as("recorded in arrival order").containsExactly("A990", "A991");
        assertThat(handBack(kiosk, offline).getList("outcome")).as("a repeated hand-back records nothing twice")
                .containsExactly("ALREADY", "ALREADY");

        List<String> called = new ArrayList<>();
        for (JsonPath call = floor.callNext(1); call != null; call = floor.callNext(1)) {
            called.add(call.getString("code"));
            floor.serve(call.getString("id"));
        }
        assertThat(called).containsExactly(first, "A990", "A991", later);
        assertThat(lease(kiosk).getList("fields.find { it.field == 'HT' }.numbers.code"))
                .as("used numbers leave the lease").startsWith("A992").hasSize(8);
    }

    @Test
    void shouldRecordTodaysHandedBackNumberAlthoughYesterdaysBlockHeldItToo() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        JsonPath yesterday = handBack(kiosk, List.of(offline("HT", 990, clock.instant())));
        assertThat(yesterday.getList("outcome")).containsExactly("RECORDED");

        // the next day starts again from the top: today's block holds 990 as well
        clock.advance(Duration.ofDays(1));
        assertThat(lease(kiosk).getList("fields.find { it.field == 'HT' }.numbers.code")).startsWith("A990");
        List<Map<String, Object>> today = List.of(offline("HT", 990, clock.instant()));
        JsonPath handed = handBack(kiosk, today);
        assertThat(handed.getList("outcome")).as("today's A990 is not yesterday's").containsExactly("RECORDED");
        assertThat(handed.getString("[0].ticketId")).isNotEqualTo(yesterday.getString("[0].ticketId"));
        assertThat(handBack(kiosk, today).getList("outcome")).as("and is recorded only once").containsExactly("ALREADY");
    }

    @Test
    void shouldRefuseANumberTheKioskWasNotLeased() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        String other = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        lease(other);
        Instant now = clock.instant();

        JsonPath handed = handBack(other, List.of(offline("HT", 995, now), offline("HT", 500, now), offline("HT", 985, now)));

        assertThat(handed.getList("outcome")).containsExactly("REFUSED", "REFUSED", "RECORDED");
        assertThat(handed.getString("[0].reason")).contains("not leased to this kiosk");
        JsonPath call = floor.callNext(1);
        assertThat(call.getString("code")).isEqualTo("A985");
        floor.serve(call.getString("id"));
        assertThat(floor.callNext(1)).as("nothing else was recorded").isNull();
        KioskTestDevices.asDevice(other).body(List.of(Map.of("field", "HT", "number", 985)))
                .post("/api/kiosk/offline-tickets").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldNotShowYesterdaysQueueOnTodaysScreensWhenYesterdaysTicketIsHandedBack() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        Instant yesterday = clock.instant();
        clock.advance(Duration.ofDays(1));
        issueOnline(kiosk, "HT");
        issueOnline(kiosk, "HT");

        assertThat(handBack(kiosk, List.of(offline("HT", 990, yesterday))).getList("outcome")).containsExactly("RECORDED");

        List<Map<String, Object>> events = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(events.get(events.size() - 1)).as("yesterday's ticket is recorded").containsEntry("type", "TicketIssued");
        JsonPath lastQueue = Floor.asAdmin().get(floor.path("/events")).then().extract().jsonPath()
                .setRootPath("findAll { it.type == 'QueueChanged' }.last().body");
        assertThat(lastQueue.getList("fields.waiting", Integer.class)).as("today's two, not yesterday's one").containsExactly(2);
    }

    /** The kiosk sends the voice pack it speaks as the language: a pack may be named with a subtag. */
    @Test
    void shouldTakeATicketInAVoicePackNamedWithASubtagOnlineAndHandedBack() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT", "language", "zh-Hant")).post("/api/kiosk/tickets")
                .then().statusCode(201);

        Map<String, Object> inAPack = new HashMap<>(offline("HT", 991, clock.instant()));
        inAPack.put("language", "zh-Hant");
        JsonPath handed = handBack(kiosk, List.of(offline("HT", 990, clock.instant()), inAPack));
        assertThat(handed.getList("outcome")).as("the batch is not refused for one citizen's language")
                .containsExactly("RECORDED", "RECORDED");
    }

    /**
     * The kiosk gave up on a slow answer and gave the citizen a leased number, but its request wrote
     * a ticket after all: the hand-back cancels that one, so no counter calls and waits for nobody.
     */
    @Test
    void shouldCancelTheOnlineTicketAKioskGaveUpOnWhenItsOfflineNumberIsHandedBack() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        String twin = KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT", "requestId", "slow-answer-0001"))
                .post("/api/kiosk/tickets").then().statusCode(201).extract().path("ticket.id");

        List<Map<String, Object>> offline = List.of(withRequest(offline("HT", 990, clock.instant()), "slow-answer-0001"));
        JsonPath handed = handBack(kiosk, offline);
        assertThat(handed.getList("outcome")).containsExactly("RECORDED");
        assertThat(handBack(kiosk, offline).getList("outcome")).as("handed back again").containsExactly("ALREADY");

        assertThat(ticketState(twin)).isEqualTo("CANCELLED");
        assertThat(ticketState(handed.getString("[0].ticketId"))).as("not cancelled by its own claim").isEqualTo("WAITING");
        JsonPath events = Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath();
        assertThat(events.getList("findAll { it.type == 'TicketCancelled' }.body.ticket.code")).containsExactly("A001");
        assertThat(events.getList("findAll { it.type == 'QueueChanged' }.last().body.fields.waiting", Integer.class))
                .as("the screens count the citizen once").containsExactly(1);
        JsonPath call = floor.callNext(1);
        assertThat(call.getString("code")).isEqualTo("A990");
        floor.serve(call.getString("id"));
        assertThat(floor.callNext(1)).as("nobody else waits").isNull();

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        JsonPath report = Floor.asAdmin().get("/api/reports?center=" + floor.center + "&from=" + today.minusDays(1)
                + "&to=" + today.plusDays(1)).then().statusCode(200).extract().jsonPath();
        assertThat(report.getMap("totals")).as("one citizen came, and nobody cancelled")
                .isEqualTo(Map.of("issued", 1, "served", 1, "noShow", 0, "cancelled", 0, "unfinished", 0));
        assertThat(report.getMap("channels")).isEqualTo(Map.of("KIOSK", 1));
        assertThat(Floor.asAdmin().get("/api/reports/now").then().statusCode(200).extract().jsonPath()
                .<Integer>get("find { it.center == '" + floor.center + "' }.issuedToday")).isEqualTo(1);
    }

    /**
     * The hand-back arrives while the slow request is half-way: its ticket written, its commit not
     * yet. The hand-back waits for that outcome, then cancels the ticket.
     */
    @Test
    void shouldCancelTheOnlineTicketThatCommitsWhileItsOfflineNumberIsHandedBack() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        Map<String, Object> offline = withRequest(offline("HT", 990, clock.instant()), "racing-request-0004");
        CompletableFuture<Integer> online;
        CompletableFuture<JsonPath> handed;
        try (HeldRow events = HeldRow.center(database, floor.center)) {
            online = CompletableFuture.supplyAsync(() -> KioskTestDevices.asDevice(kiosk)
                    .body(Map.of("field", "HT", "requestId", "racing-request-0004")).post("/api/kiosk/tickets").statusCode());
            events.awaitWaiters(1, Duration.ofSeconds(10)); // its ticket written, waiting to write its events
            handed = CompletableFuture.supplyAsync(() -> handBack(kiosk, List.of(offline)));
            events.awaitWaiters(2, Duration.ofSeconds(10)); // the hand-back waits for the request's outcome
            events.release();
        }
        assertThat(online.get(20, TimeUnit.SECONDS)).as("the slow request committed").isEqualTo(201);
        assertThat(handed.get(20, TimeUnit.SECONDS).getList("outcome")).containsExactly("RECORDED");
        JsonPath call = floor.callNext(1);
        assertThat(call.getString("code")).isEqualTo("A990");
        floor.serve(call.getString("id"));
        assertThat(floor.callNext(1)).as("the online ticket was cancelled").isNull();
    }

    /**
     * The online ticket a hand-back cancels was sent to the kiosk's bridge to print; the bridge
     * never confirmed it (it went away). Its job is void: back, the bridge must not print a ticket
     * nobody will call.
     */
    @Test
    void shouldVoidThePrintJobOfTheOnlineTicketAHandBackCancels() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        try (KioskTestDevices.ConnectedBridge bridge = KioskTestDevices.connectBridge(floor)) {
            String kiosk = KioskTestDevices.pair(floor, "KIOSK", bridge.id());
            lease(kiosk);
            String online = KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT", "requestId", "printed-request-0005"))
                    .post("/api/kiosk/tickets").then().statusCode(201).extract().path("ticket.id");
            assertThat(bridge.link().next().get("type").asText()).as("sent to the bridge, never confirmed").isEqualTo("Print");

            assertThat(handBack(kiosk, List.of(withRequest(offline("HT", 990, clock.instant()), "printed-request-0005")))
                    .getList("outcome")).containsExactly("RECORDED");

            try (Connection c = database.getConnection();
                    PreparedStatement job = c.prepareStatement("SELECT state FROM print_job WHERE ticket_id = ?::uuid")) {
                job.setString(1, online);
                try (var row = job.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo("VOID");
                }
            }
        }
    }

    /**
     * A slow hand-back (here: waiting to write its events) makes the kiosk give up and send the
     * same tickets again, with one issued meanwhile. The second must wait for the first and find
     * its tickets, not race them to the unique code: a 409 for the whole batch made the kiosk drop
     * the new ticket too, and lease its number to the next citizen.
     */
    @Test
    void shouldRecordTheSameTicketsSentTwiceAtOnceOnceAndTheNewOneWithThem() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        Map<String, Object> first = offline("HT", 990, clock.instant());
        Map<String, Object> later = offline("HT", 991, clock.instant().plusSeconds(1));
        CompletableFuture<Integer> slow;
        CompletableFuture<JsonPath> again;
        try (HeldRow events = HeldRow.center(database, floor.center)) {
            slow = CompletableFuture.supplyAsync(() -> KioskTestDevices.asDevice(kiosk).body(List.of(first))
                    .post("/api/kiosk/offline-tickets").statusCode());
            events.awaitWaiters(1, Duration.ofSeconds(10)); // its ticket written, waiting to write its events
            again = CompletableFuture.supplyAsync(() -> KioskTestDevices.asDevice(kiosk).body(List.of(first, later))
                    .post("/api/kiosk/offline-tickets").then().extract().jsonPath());
            events.awaitWaiters(2, Duration.ofSeconds(10));
            events.release();
        }
        assertThat(slow.get(20, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(again.get(20, TimeUnit.SECONDS).getList("outcome")).as("the second batch, answered 200")
                .containsExactly("ALREADY", "RECORDED");
        assertThat(floor.callNextCode(1)).isEqualTo("A990");
    }

    /**
     * The hand-back came before the slow request committed: that request then writes nothing and
     * spends no number; its answer is the offline ticket the citizen holds, with nothing to print.
     */
    @Test
    void shouldAnswerALateOnlineRequestWithTheOfflineTicketHandedBackFirst() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        assertThat(handBack(kiosk, List.of(withRequest(offline("HT", 990, clock.instant()), "late-request-0002")))
                .getList("outcome")).containsExactly("RECORDED");

        JsonPath late = KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT", "requestId", "late-request-0002"))
                .post("/api/kiosk/tickets").then().statusCode(200).extract().jsonPath();
        assertThat(late.getString("ticket.code")).isEqualTo("A990");
        assertThat(late.getString("printJob")).as("nothing to print").isNull();
        assertThat(issueOnline(kiosk, "HT")).as("the late request spent no number").isEqualTo("A001");
        KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT", "requestId", "bad id")).post("/api/kiosk/tickets")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** Once a counter called the online ticket, someone may have come for it: it stays, and the offline number is recorded too. */
    @Test
    void shouldKeepAnOnlineTwinACounterHasCalledAlready() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        String twin = KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT", "requestId", "called-twin-0003"))
                .post("/api/kiosk/tickets").then().statusCode(201).extract().path("ticket.id");
        assertThat(floor.callNextCode(1)).isEqualTo("A001");

        assertThat(handBack(kiosk, List.of(withRequest(offline("HT", 990, clock.instant()), "called-twin-0003")))
                .getList("outcome")).containsExactly("RECORDED");
        assertThat(ticketState(twin)).isEqualTo("CALLED");
    }

    /** A twin called and sent on to another field may have found someone there: a hand-back leaves it. */
    @Test
    void shouldKeepAnOnlineTwinACounterCalledAndSentOn() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5).counter(1, "HT").counter(2, "CT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        String twin = KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT", "requestId", "sent-on-twin-0004"))
                .post("/api/kiosk/tickets").then().statusCode(201).extract().path("ticket.id");
        assertThat(floor.callNextCode(1)).isEqualTo("A001");
        Floor.asAdmin().body(Map.of("field", "CT")).post("/api/tickets/" + twin + "/transfer").then().statusCode(200);
        assertThat(ticketState(twin)).isEqualTo("WAITING");

        assertThat(handBack(kiosk, List.of(withRequest(offline("HT", 990, clock.instant()), "sent-on-twin-0004")))
                .getList("outcome")).containsExactly("RECORDED");
        assertThat(ticketState(twin)).isEqualTo("WAITING");
    }

    /** The citizen holds the paper the kiosk printed: a prefix changed since the lease does not re-code it. */
    @Test
    void shouldRecordAHandedBackTicketByTheCodeTheKioskGaveAfterThePrefixChanged() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        assertThat(lease(kiosk).getList("fields.find { it.field == 'HT' }.numbers.code")).startsWith("A990");
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "H")).put(floor.path("/fields/HT"))
                .then().statusCode(200);

        JsonPath handed = handBack(kiosk, List.of(offline("HT", 995, clock.instant())));
        assertThat(handed.getList("outcome")).containsExactly("RECORDED");
        assertThat(handed.getList("code")).containsExactly("A995");
        assertThat(floor.callNextCode(1)).isEqualTo("A995");
        assertThat(lease(kiosk).getList("fields.find { it.field == 'HT' }.numbers.code"))
                .as("the lease's numbers keep their codes, and A995 is used").startsWith("A990").doesNotContain("A995").hasSize(9);
        assertThat(handBack(kiosk, List.of(offline("HT", 995, clock.instant()))).getList("outcome"))
                .as("not a second ticket 995").containsExactly("ALREADY");
        assertThat(issueOnline(kiosk, "HT")).isEqualTo("H001");
    }

    /** Each block used up brings a new one; a fault that uses block after block stops at a day's bound. */
    @Test
    void shouldLeaseAKioskAtMostTenBlocksOfAFieldADay() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        for (int block = 0; block < KioskLeases.BLOCKS_PER_DAY; block++) {
            List<Integer> numbers = lease(kiosk).getList("fields.find { it.field == 'HT' }.numbers.number", Integer.class);
            assertThat(numbers).as("block %d", block).hasSize(10).startsWith(990 - 10 * block);
            List<Map<String, Object>> used = numbers.stream().map(n -> offline("HT", n, clock.instant())).toList();
            assertThat(handBack(kiosk, used).getList("outcome")).containsOnly("RECORDED");
        }
        assertThat(lease(kiosk).getList("fields.find { it.field == 'HT' }.numbers")).as("none today").isEmpty();
        assertThat(lease(KioskTestDevices.pair(floor, "KIOSK", null)).getList("fields.find { it.field == 'HT' }.numbers.code"))
                .as("another kiosk still gets its own").startsWith("A890").hasSize(10);
        clock.advance(Duration.ofDays(1));
        assertThat(lease(kiosk).getList("fields.find { it.field == 'HT' }.numbers.code")).as("tomorrow").startsWith("A990");
    }

    /** Online numbers stop below the kiosks' block: a tile must not offer a field whose next number would meet it. */
    @Test
    void shouldShowAFieldFullWhenItsOnlineNumbersReachTheLeasedBlock() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        lease(kiosk);
        assertThat(issueOnline(kiosk, "HT")).isEqualTo("A001");
        // the day went on to A989, as a long day of a big center would
        try (Connection db = database.getConnection(); PreparedStatement late = db.prepareStatement("UPDATE ticket_number n"
                + " SET last_number = 989 FROM field f JOIN center c ON c.id = f.center_id"
                + " WHERE n.field_id = f.id AND f.code = 'HT' AND c.code = ?")) {
            late.setString(1, floor.center);
            assertThat(late.executeUpdate()).isEqualTo(1);
        }

        KioskTestDevices.asDevice(kiosk).body(Map.of("field", "HT")).post("/api/kiosk/tickets")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(Floor.asAdmin().get(floor.path("/kiosk")).then().statusCode(200).extract()
                .<String>path("fields.find { it.code == 'HT' }.closedBecause")).isEqualTo("CAP_REACHED");
    }

    private static Map<String, Object> withRequest(Map<String, Object> offline, String requestId) {
        Map<String, Object> ticket = new HashMap<>(offline);
        ticket.put("requestId", requestId);
        return ticket;
    }

    private static String ticketState(String id) {
        return Floor.asAdmin().get("/api/tickets/" + id).then().statusCode(200).extract().path("state");
    }

    private static JsonPath lease(String kiosk) {
        return KioskTestDevices.asDevice(kiosk).post("/api/kiosk/lease").then().statusCode(200).extract().jsonPath();
    }

    private static String issueOnline(String kiosk, String field) {
        return KioskTestDevices.asDevice(kiosk).body(Map.of("field", field)).post("/api/kiosk/tickets")
                .then().statusCode(201).extract().path("ticket.code");
    }

    private static JsonPath handBack(String kiosk, List<Map<String, Object>> tickets) {
        return KioskTestDevices.asDevice(kiosk).body(tickets).post("/api/kiosk/offline-tickets")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> offline(String field, int number, Instant issuedAt) {
        return Map.of("field", field, "number", number, "issuedAt", issuedAt.toString(), "language", "vi");
    }
}
