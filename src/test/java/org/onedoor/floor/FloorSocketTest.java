package org.onedoor.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.onedoor.device.DeviceRevocations;
import org.onedoor.testing.Concurrently;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.TestClock;
import org.onedoor.testing.TestDatabase;

@QuarkusTest
class FloorSocketTest {

    @Inject
    TestClock clock;

    @Inject
    DeviceRevocations revocations;

    @Inject
    TestDatabase database;

    @Test
    void shouldSendASnapshotOnOpen() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1);
        floor.issue("HT");
        floor.issue("HT");
        floor.callNext(1);

        JsonNode snapshot = FloorClient.connect(floor.center, floor.hallScreen(), null).next();

        assertThat(snapshot.get("type").asText()).isEqualTo("Snapshot");
        // the set-up's three LayoutChanged (a field, two counters), then the floor's eight events
        assertThat(snapshot.get("seq").asLong()).isEqualTo(11);
        assertThat(snapshot.at("/counters/0/nowServing/code").asText()).isEqualTo("A001");
        assertThat(snapshot.at("/counters/0/state").asText()).isEqualTo("OPEN");
        assertThat(snapshot.at("/counters/1/state").asText()).isEqualTo("CLOSED");
        assertThat(snapshot.at("/fields/0/waiting").asInt()).isEqualTo(1);
        assertThat(snapshot.at("/fields/0/estimatedWaitMinutes").asInt()).isEqualTo(10);
        assertThat(snapshot.at("/lastCalls/0/type").asText()).isEqualTo("TicketCalled");
        assertThat(snapshot.at("/lastCalls/0/body/ticket/code").asText()).isEqualTo("A001");
        assertThat(snapshot.get("centerName").asText()).startsWith("Trung tâm thử");
        assertThat(Instant.parse(snapshot.get("serverTime").asText())).isCloseTo(clock.instant(), within(1, ChronoUnit.MINUTES));
        assertThat(snapshot.get("utcOffsetSeconds").asInt()).as("Asia/Ho_Chi_Minh").isEqualTo(7 * 3600);
    }

    /** An event committed but never published (lost between nodes), with nothing after it to show the gap. */
    @Test
    void shouldReadALostLastEventFromTheLogWithoutWaitingForTheNextOne() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        FloorClient screen = FloorClient.connect(floor.center, floor.hallScreen(), null);
        long synced = screen.next().get("seq").asLong();

        try (Connection db = database.getConnection(); PreparedStatement write = db.prepareStatement("""
                WITH taken AS (UPDATE center SET last_event_seq = last_event_seq + 1 WHERE code = ?
                               RETURNING id, last_event_seq)
                INSERT INTO floor_event (center_id, seq, type, occurred_at, payload)
                SELECT id, last_event_seq, 'NoticeChanged', now(), to_jsonb(CAST(? AS text)) FROM taken""")) {
            write.setString(1, floor.center);
            write.setString(2, "{\"notice\":\"Mất điện lúc 14:00\"}");
            assertThat(write.executeUpdate()).isEqualTo(1);
        }

        JsonNode lost = screen.poll(Duration.ofSeconds(8));
        assertThat(lost).as("read from the log within a few seconds").isNotNull();
        assertThat(lost.get("seq").asLong()).isEqualTo(synced + 1);
        assertThat(lost.get("type").asText()).isEqualTo("NoticeChanged");
        assertThat(lost.get("body").get("notice").asText()).isEqualTo("Mất điện lúc 14:00");
    }

    @Test
    void shouldAnswerAScreensHeartbeatSoItCanTellADeadSocket() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        FloorClient screen = FloorClient.connect(floor.center, floor.hallScreen(), null);
        screen.next();

        screen.send("ping");

        JsonNode pong = screen.next();
        assertThat(pong.get("type").asText()).isEqualTo("Pong");
        assertThat(Instant.parse(pong.get("serverTime").asText())).isCloseTo(clock.instant(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void shouldScrollANewNoticeLineOnTheScreensAtOnce() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        FloorClient screen = FloorClient.connect(floor.center, floor.hallScreen(), null);
        assertThat(screen.next().get("notice").isNull()).isTrue();

        Floor.asAdmin().body(Map.of("notice", "Chiều nay trung tâm làm việc đến 16:00")).patch("/api/centers/" + floor.center)
                .then().statusCode(200);
        Floor.asAdmin().body(Map.of("name", "Tên mới, cùng thông báo")).patch("/api/centers/" + floor.center)
                .then().statusCode(200);
        Floor.asAdmin().body(Map.of("notice", "")).patch("/api/centers/" + floor.center).then().statusCode(200);

        // the rename is its own event, the notice line's untouched
        List<JsonNode> events = screen.next(3);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("NoticeChanged", "CenterRenamed", "NoticeChanged");
        assertThat(events.get(0).at("/body/notice").asText()).isEqualTo("Chiều nay trung tâm làm việc đến 16:00");
        assertThat(events.get(1).at("/body/name").asText()).isEqualTo("Tên mới, cùng thông báo");
        assertThat(events.get(2).at("/body/notice").isNull()).as("removed").isTrue();
    }

    /** A field, a priority group or a counter changed by a manager: every screen is told, so it reads the floor again. */
    @Test
    void shouldTellTheScreensWhenAManagerChangesTheLayout() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        FloorClient screen = FloorClient.connect(floor.center, floor.hallScreen(), null);
        screen.next();

        saveAFieldACounterAGroupAndAnImport(floor);
        Floor.asAdmin().contentType("text/csv").body("code,name_vi,prefix\nXD,Xây dựng,X\n")
                .post(floor.path("/fields/import?dryRun=true")).then().statusCode(200);
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Trùng chữ"), "prefix", "A")).put(floor.path("/fields/TP"))
                .then().statusCode(409); // refused: nothing changed, nothing told
        // each saved again as it is: nothing changed, nothing told (each would cost every screen two reads)
        saveAFieldACounterAGroupAndAnImport(floor);
        Floor.asAdmin().body(Map.of("notice", "Đã đổi")).patch("/api/centers/" + floor.center).then().statusCode(200);

        List<String> types = screen.next(5).stream().map(e -> e.get("type").asText()).toList();
        assertThat(types).as("a preview, a refusal and a save of what was there change nothing")
                .containsExactly("LayoutChanged", "LayoutChanged", "LayoutChanged", "LayoutChanged", "NoticeChanged");
    }

    /** Four layout edits, one of each kind; the same each time, so a second time changes nothing. */
    private static void saveAFieldACounterAGroupAndAnImport(Floor floor) {
        floor.fieldWithPrefix("CT", "B", 10);
        Floor.asAdmin().body(Map.of("label", "Quầy 2", "fields", List.of("HT", "CT"))).put(floor.path("/counters/2"))
                .then().statusCode(200);
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Thương binh"))).put(floor.path("/priority-groups/VETERAN"))
                .then().statusCode(200);
        Floor.asAdmin().contentType("text/csv").body("code,name_vi,prefix\nDD,Đất đai,D\n")
                .post(floor.path("/fields/import")).then().statusCode(200);
    }

    @Test
    void shouldDeliverEveryEventInOrderToEveryScreenOfTheCenter() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        String token = floor.hallScreen();
        List<FloorClient> screens = List.of(FloorClient.connect(floor.center, token, null),
                FloorClient.connect(floor.center, token, null), FloorClient.connect(floor.center, token, null));
        long start = screens.get(0).next().get("seq").asLong();
        for (FloorClient s : screens.subList(1, 3)) {
            assertThat(s.next().get("seq").asLong()).isEqualTo(start);
        }

        List<Callable<String>> work = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            work.add(() -> floor.issue("HT").getString("code"));
        }
        Concurrently.run(work);
        floor.callNext(1);
        floor.callNext(2);

        // 12 actions, each followed by the queue it leaves
        List<Long> expected = LongStream.rangeClosed(start + 1, start + 24).boxed().toList();
        List<List<String>> seen = new ArrayList<>();
        for (FloorClient s : screens) {
            List<JsonNode> events = s.next(24);
            assertThat(events).extracting(e -> e.get("seq").asLong()).containsExactlyElementsOf(expected);
            seen.add(events.stream().map(e -> e.get("type").asText() + ":" + e.at("/body/ticket/code").asText()).toList());
        }
        assertThat(seen.get(0)).endsWith("TicketCalled:A001", "QueueChanged:", "TicketCalled:A002", "QueueChanged:");
        JsonNode beyond = screens.get(0).poll(Duration.ZERO);
        assertThat(beyond).as("nothing beyond the 24 events").isNull();
        assertThat(seen).allSatisfy(list -> assertThat(list).isEqualTo(seen.get(0)));
    }

    @Test
    void shouldMissNoEventWhenAHallOfScreensOpensTogetherWhileTicketsAreIssued() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        String token = floor.hallScreen();
        floor.issue("HT");
        long before = FloorClient.connect(floor.center, token, null).next().get("seq").asLong();
        List<Callable<Object>> rush = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // screens that share snapshot reads, and screens back from a cut that share replays
            rush.add(() -> FloorClient.connect(floor.center, token, null));
            rush.add(() -> FloorClient.connect(floor.center, token, before));
            rush.add(() -> floor.issue("HT"));
        }
        List<FloorClient> screens = Concurrently.run(rush).stream()
                .filter(FloorClient.class::isInstance).map(FloorClient.class::cast).toList();
        long last = FloorClient.connect(floor.center, token, null).next().get("seq").asLong();

        for (FloorClient screen : screens) {
            JsonNode first = screen.next();
            long seq = first.get("seq").asLong();
            if (!first.get("type").asText().equals("Snapshot")) {
                assertThat(seq).as("a replay starts right after the screen's seq").isEqualTo(before + 1);
            }
            while (seq < last) {
                long next = screen.next().get("seq").asLong();
                assertThat(next).as("the event after " + seq).isEqualTo(seq + 1);
                seq = next;
            }
        }
    }

    @Test
    void shouldNotSendAnotherCentersEvents() {
        Floor mine = Floor.create().fieldWithPrefix("HT", "A", 10);
        Floor other = Floor.create().fieldWithPrefix("HT", "A", 10);
        FloorClient screen = FloorClient.connect(mine.center, mine.hallScreen(), null);
        long start = screen.next().get("seq").asLong();

        other.issue("HT");
        other.issue("HT");
        mine.issue("HT");

        JsonNode first = screen.next();
        assertThat(first.get("center").asText()).isEqualTo(mine.center);
        assertThat(first.get("seq").asLong()).isEqualTo(start + 1);
    }

    @Test
    void shouldReplayExactlyTheMissedEventsOnReconnect() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String token = floor.hallScreen();
        FloorClient screen = FloorClient.connect(floor.center, token, null);
        long seen = screen.next().get("seq").asLong();
        screen.close();

        floor.issue("HT");
        floor.issue("HT");
        floor.callNext(1);
        FloorClient back = FloorClient.connect(floor.center, token, seen);

        List<JsonNode> replayed = back.next(6);
        assertThat(replayed.get(4).at("/body/announcement").toString())
                .isEqualTo("[\"_chime\",\"xin\",\"mời\",\"công\",\"dân\",\"có\",\"số\",\"a\",\"một\",\"đến\",\"quầy\",\"số\",\"một\"]");
        assertThat(replayed).extracting(e -> e.get("type").asText()).containsExactly("TicketIssued", "QueueChanged",
                "TicketIssued", "QueueChanged", "TicketCalled", "QueueChanged");
        assertThat(replayed).extracting(e -> e.get("seq").asLong())
                .containsExactlyElementsOf(LongStream.rangeClosed(seen + 1, seen + 6).boxed().toList());
        // marked as read back from the log (a screen speaks only the newest call of a replay)
        assertThat(replayed).allSatisfy(e -> assertThat(e.path("replay").asBoolean()).isTrue());
        assertThat(replayed).extracting(e -> e.path("replayLast").asBoolean())
                .containsExactly(false, false, false, false, false, true);
        floor.issue("HT");
        JsonNode live = back.next();
        assertThat(live.get("seq").asLong()).isEqualTo(seen + 7);
        assertThat(live.has("replay")).as("a live event is not a replay").isFalse();
        assertThat(back.next().get("type").asText()).isEqualTo("QueueChanged");
        assertThat(back.poll(Duration.ofMillis(300))).isNull();
    }

    @Test
    void shouldReplayALongAbsenceInFullWithoutAResyncLoop() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        String token = floor.hallScreen();
        FloorClient screen = FloorClient.connect(floor.center, token, null);
        long seen = screen.next().get("seq").asLong();
        screen.close();
        for (int i = 0; i < 140; i++) {
            floor.issue("HT");
        }

        // 280 missed events: more than a live outbox holds, fewer than a replay may carry
        FloorClient back = FloorClient.connect(floor.center, token, seen);
        List<JsonNode> replayed = back.next(280);

        assertThat(replayed.get(0).get("seq").asLong()).isEqualTo(seen + 1);
        assertThat(replayed.get(279).get("seq").asLong()).isEqualTo(seen + 280);
        assertThat(back.closeCode).isNotDone();
    }

    @Test
    void shouldSendASnapshotToAClientThatCannotCatchUpFromTheLog() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        floor.issue("HT");

        JsonNode frame = FloorClient.connect(floor.center, floor.hallScreen(), 999_999L).next();

        assertThat(frame.get("type").asText()).isEqualTo("Snapshot");
        assertThat(frame.get("seq").asLong()).as("the field's LayoutChanged, the issue's two events").isEqualTo(3);
    }

    @Test
    void shouldRefuseTheUpgradeWithoutATokenOfThatCenterAndCloseRevokedScreens() throws Exception {
        Floor mine = Floor.create().fieldWithPrefix("HT", "A", 10);
        Floor other = Floor.create();
        String token = mine.hallScreen();

        assertThat(FloorClient.refusedWith(mine.center, null)).isEqualTo(401);
        assertThat(FloorClient.refusedWith(mine.center, "not-a-token")).isEqualTo(401);
        assertThat(FloorClient.refusedWith(other.center, token)).isEqualTo(403);

        FloorClient screen = FloorClient.connect(mine.center, token, null);
        screen.next();
        String id = Floor.asAdmin().get("/api/devices/" + mine.center).then().statusCode(200).extract().path("[0].id");
        Floor.asAdmin().post("/api/devices/" + mine.center + "/" + id + "/revoke").then().statusCode(200);

        assertThat(screen.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(4001);
        assertThat(FloorClient.refusedWith(mine.center, token)).isEqualTo(401);
    }

    /**
     * The handshake checks the token; a revocation that takes effect between that check and the
     * socket's registration finds no socket to close. Taking effect without the database's
     * revocation stands for exactly that moment: the token still passes the handshake.
     */
    @Test
    void shouldCloseAScreenRevokedBetweenItsHandshakeAndItsRegistration() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        String token = floor.hallScreen();
        String id = Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200).extract().path("[0].id");

        revocations.takeEffect(Long.parseLong(id));
        FloorClient screen = FloorClient.connect(floor.center, token, null);

        assertThat(screen.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(4001);
    }
}
