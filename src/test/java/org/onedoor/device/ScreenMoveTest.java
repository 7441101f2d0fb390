package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;

/**
 * A counter screen moved to another counter from the administration page, with no one at the box:
 * a box carried to another desk, or put in for a broken one. Its page is told by its socket.
 */
@QuarkusTest
class ScreenMoveTest {

    @Inject
    DeviceMoves moves;

    @Test
    void shouldMoveACounterScreenToAnotherCounter() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(1).open(2);
        String manager = floor.user("MANAGER");
        String servedAtOld = floor.issue("HT").getString("id");
        floor.callNext(1);
        floor.serve(servedAtOld);
        String servedAtNew = floor.issue("HT").getString("id");
        floor.callNext(2);
        floor.serve(servedAtNew);
        String token = pair(floor, "COUNTER_SCREEN", 1);
        String id = KioskTestDevices.asDevice(token).get("/api/device").then().body("counter", is(1)).extract().path("id");
        FloorClient page = FloorClient.open(floorOf(floor, token, 1));
        assertThat(page.next().get("type").asText()).isEqualTo("Snapshot");

        floor.as(manager).body(Map.of("counter", 2)).put(counterOf(floor, id)).then().statusCode(200)
                .body("id", is(id)).body("kind", is("COUNTER_SCREEN")).body("counter", is(2));

        // at once (the credentials kept for a second are forgotten): the citizen served at its new
        // counter rates from it, the one served at its old counter no longer does
        KioskTestDevices.asDevice(token).body(Map.of("score", "SATISFIED")).post("/api/tickets/" + servedAtOld + "/rating")
                .then().statusCode(403);
        KioskTestDevices.asDevice(token).body(Map.of("score", "SATISFIED")).post("/api/tickets/" + servedAtNew + "/rating")
                .then().statusCode(200);
        assertThat(page.closeCode.get(5, TimeUnit.SECONDS)).as("its page is told to read what it is again").isEqualTo(4002);
        KioskTestDevices.asDevice(token).get("/api/device").then().statusCode(200).body("counter", is(2));
        Floor.asAdmin().get("/api/devices/" + floor.center + "/" + id).then().body("counter", is(2));
        FloorClient again = FloorClient.open(floorOf(floor, token, 2));
        assertThat(again.next().get("type").asText()).isEqualTo("Snapshot");
        assertThat(again.poll(java.time.Duration.ofMillis(500))).isNull();
        assertThat(again.closeCode).as("showing its new counter, it stays").isNotDone();
        again.close();
        // audited as the manager's change, by its address
        List<Map<String, Object>> log = floor.as(manager).get("/api/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(log).anySatisfy(l -> assertThat(l).containsEntry("actor", manager).containsEntry("action", "PUT")
                .containsEntry("target", counterOf(floor, id)).containsEntry("status", 200));
        // it stands at counter 2 now, no longer at 1: 1 may be taken off the floor, 2 may not
        Floor.asAdmin().post(floor.path("/counters/1/close")).then().statusCode(200);
        Floor.asAdmin().post(floor.path("/counters/2/close")).then().statusCode(200);
        Floor.asAdmin().delete(floor.path("/counters/2")).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.startsWith("Screen “COUNTER_SCREEN test” stands at counter 2"));
        Floor.asAdmin().delete(floor.path("/counters/1")).then().statusCode(204);
    }

    @Test
    void shouldDoNothingWhenTheScreenStandsAtThatCounterAlready() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String token = pair(floor, "COUNTER_SCREEN", 1);
        String id = KioskTestDevices.asDevice(token).get("/api/device").then().extract().path("id");
        FloorClient page = FloorClient.open(floorOf(floor, token, 1));
        page.next();

        Floor.asAdmin().body(Map.of("counter", 1)).put(counterOf(floor, id)).then().statusCode(200).body("counter", is(1));

        page.send("ping");
        assertThat(page.next().get("type").asText()).as("its socket still open").isEqualTo("Pong");
        assertThat(page.closeCode).isNotDone();
        page.close();
    }

    /** Its network was down while it was moved: no socket to close then, so it is told as it comes back. */
    @Test
    void shouldTellAScreenMovedWhileItsSocketWasDownAsItComesBack() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        String token = pair(floor, "COUNTER_SCREEN", 1);
        String id = KioskTestDevices.asDevice(token).get("/api/device").then().extract().path("id");
        Floor.asAdmin().body(Map.of("counter", 2)).put(counterOf(floor, id)).then().statusCode(200);

        FloorClient stale = FloorClient.open(floorOf(floor, token, 1));
        assertThat(stale.closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(4002);
        FloorClient fresh = FloorClient.open(floorOf(floor, token, 2));
        assertThat(fresh.next().get("type").asText()).isEqualTo("Snapshot");
        assertThat(fresh.closeCode).isNotDone();
        fresh.close();
    }

    @Test
    void shouldRefuseToMoveWhatCannotMoveInTheClientsWords() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").counter(3, "HT");
        Floor other = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String screen = idOf(pair(floor, "COUNTER_SCREEN", 1));
        String hall = idOf(pair(floor, "HALL_SCREEN", null));
        String revoked = idOf(pair(floor, "COUNTER_SCREEN", 1));
        Floor.asAdmin().post("/api/devices/" + floor.center + "/" + revoked + "/revoke").then().statusCode(200);
        Floor.asAdmin().delete(floor.path("/counters/3")).then().statusCode(204);
        String otherScreen = idOf(pair(other, "COUNTER_SCREEN", 1));

        refused(floor, "999999999", 2, 404, "Trung tâm '" + floor.center + "' không có thiết bị mã 999999999.",
                "No device with id 999999999 in center '" + floor.center + "'.");
        Floor.asAdmin().body(Map.of("counter", 2)).put(counterOf(floor, "abc")).then().statusCode(404);
        Floor.asAdmin().body(Map.of("counter", 2)).put(counterOf(floor, otherScreen)).then().statusCode(404);
        refused(floor, screen, 9, 404, "Không có quầy số 9 ở trung tâm này.", "No counter number 9 in this center.");
        refused(floor, hall, 2, 409, "Thiết bị “HALL_SCREEN test” không phải màn hình quầy: chỉ màn hình quầy mới chuyển"
                + " sang quầy khác được.", "Device “HALL_SCREEN test” is not a counter screen: only a counter screen moves"
                + " to another counter.");
        refused(floor, revoked, 2, 409, "Màn hình “COUNTER_SCREEN test” đã bị thu hồi nên không chuyển quầy được; hãy ghép nối"
                + " lại màn hình ở quầy mới.", "Screen “COUNTER_SCREEN test” is revoked, so it cannot move to another counter;"
                + " pair the screen again at its new counter.");
        refused(floor, screen, 3, 409, "Quầy 3 đã bị bỏ khỏi sảnh: hãy lưu lại quầy 3 (mục Quầy) trước khi chuyển màn hình"
                + " đến đó.", "Counter 3 was taken off the floor: save counter 3 again (under Counters) before moving a screen"
                + " to it.");
        Floor.asAdmin().body(Map.of()).put(counterOf(floor, screen)).then().statusCode(400).contentType("application/problem+json");
        other.as(other.user("MANAGER")).body(Map.of("counter", 2)).put(counterOf(floor, screen)).then().statusCode(403)
                .contentType("application/problem+json");
        floor.as(floor.user("OFFICER")).body(Map.of("counter", 2)).put(counterOf(floor, screen)).then().statusCode(403);
        // none of it took
        Floor.asAdmin().get("/api/devices/" + floor.center + "/" + screen).then().body("counter", is(1));
        Floor.asAdmin().get("/api/devices/" + other.center + "/" + otherScreen).then().body("counter", is(1));
    }

    /**
     * The handshake reads the screen's counter; a move committed between that read and the
     * socket's registration finds no socket to close, so the hub asks whether one came since.
     */
    @Test
    void shouldRememberAMoveForASocketWhoseHandshakeReadBeforeIt() {
        long before = System.nanoTime();
        moves.takeEffect(Long.MAX_VALUE);

        assertThat(moves.movedSince(Long.MAX_VALUE, before)).isTrue();
        assertThat(moves.movedSince(Long.MAX_VALUE, System.nanoTime())).as("read after the move: the new counter").isFalse();
        assertThat(moves.movedSince(Long.MAX_VALUE - 1, before)).isFalse();
    }

    private static void refused(Floor floor, String device, int counter, int status, String vietnamese, String english) {
        Floor.asAdmin().header("Accept-Language", "vi").body(Map.of("counter", counter)).put(counterOf(floor, device))
                .then().statusCode(status).contentType("application/problem+json").body("detail", is(vietnamese));
        Floor.asAdmin().body(Map.of("counter", counter)).put(counterOf(floor, device))
                .then().statusCode(status).body("detail", is(english));
    }

    private static String pair(Floor floor, String kind, Integer counter) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "name", kind + " test"));
        if (counter != null) {
            body.put("counter", counter);
        }
        return Floor.asAdmin().body(body).post("/api/devices/" + floor.center).then().statusCode(201).extract().path("token");
    }

    private static String idOf(String token) {
        return KioskTestDevices.asDevice(token).get("/api/device").then().statusCode(200).extract().path("id");
    }

    private static String counterOf(Floor floor, String device) {
        return "/api/devices/" + floor.center + "/" + device + "/counter";
    }

    private static String floorOf(Floor floor, String token, int counter) {
        return "/ws/centers/" + floor.center + "/floor?token=" + token + "&counter=" + counter;
    }
}
