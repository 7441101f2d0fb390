package org.onedoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.ClientAddress;
import org.onedoor.testing.Floor;

/**
 * The audit log as a center's manager reads it: in words, people by their names, tickets by their
 * codes; their own changes found above the day's ticket traffic, page by page.
 */
@QuarkusTest
class AuditReadingTest {

    private static List<Map<String, Object>> read(RequestSpecification as, String language, Map<String, ?> query) {
        return as.header("Accept-Language", language).queryParams(query).get("/api/audit").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @Test
    void shouldNameTheTicketAndTheOfficerInTheAuditLog() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER", "Nguyễn Thị Lan");
        String manager = floor.user("MANAGER", "Trần Văn Quản");
        String id = floor.callAt(officer, 1, "HT");
        floor.as(officer).post("/api/tickets/" + id + "/start").then().statusCode(200);
        floor.as(officer).post("/api/tickets/" + id + "/complete").then().statusCode(200);

        List<Map<String, Object>> log = read(floor.as(manager), "vi", Map.of("kind", "tickets"));
        assertThat(log).extracting(l -> l.get("what") + " · " + l.get("counter")).startsWith(
                "Hoàn thành số A001 · 1",
                "Bắt đầu phục vụ số A001 · 1",
                "Gọi số A001 · 1", // called by the counter's address: the ticket its answer was
                "Cấp số A001 · null", // issued (by the administrator): the ticket its answer made
                "Mở quầy · 1");
        assertThat(List.of(log.get(0), log.get(1), log.get(2), log.get(4))).extracting(l -> l.get("actorName"))
                .containsOnly("Nguyễn Thị Lan");
        assertThat(log.get(0)).containsEntry("actor", officer).containsEntry("ticketCode", "A001").containsEntry("kind", "TICKETS")
                .containsEntry("refused", false).containsEntry("target", "/api/tickets/" + id + "/complete");
        // the page's language: English on an English page
        assertThat(read(floor.as(manager), "en", Map.of("kind", "tickets")).get(0)).containsEntry("what", "Complete ticket A001");

        // a manager's own changes, each said as the manager did it
        floor.as(manager).body(Map.of("notice", "Nghỉ trưa 11:30–13:30")).patch(floor.path("")).then().statusCode(200);
        floor.as(manager).post("/api/users/" + officer + "/disable").then().statusCode(200);
        String device = floor.as(manager).body(Map.of("kind", "HALL_SCREEN", "name", "Màn hình sảnh"))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("id");
        ClientAddress.from(ClientAddress.fresh()).auth().preemptive().basic(manager, "wrong-password").get("/api/me");

        List<Map<String, Object>> changes = read(floor.as(manager), "vi", Map.of("kind", "management"));
        assertThat(changes).extracting(l -> l.get("actorName") + " · " + l.get("what")).startsWith(
                "Trần Văn Quản · Đăng nhập sai tên hoặc mật khẩu, từ máy " + changes.get(0).get("target").toString()
                        .replaceAll(".*\\((.*)\\)$", "$1"),
                "Trần Văn Quản · Ghép thiết bị Màn hình sảnh",
                "Trần Văn Quản · Khóa tài khoản Nguyễn Thị Lan (" + officer + ")",
                "Trần Văn Quản · Lưu cài đặt trung tâm");
        assertThat(changes.get(0)).containsEntry("refused", true).containsEntry("status", 401).containsEntry("kind", "ACCOUNTS");
        assertThat(changes.get(1)).containsEntry("kind", "DEVICES").containsEntry("target", "/api/devices/" + floor.center + "/" + device);
        assertThat(changes).noneMatch(l -> "TICKETS".equals(l.get("kind")));
    }

    @Test
    void shouldShowAManagersChangesAboveTheDaysTicketTraffic() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String manager = floor.user("MANAGER", "Trần Văn Quản");
        floor.as(manager).body(Map.of("recallsBeforeNoShow", 2)).patch(floor.path("")).then().statusCode(200);
        for (int i = 0; i < 30; i++) { // a morning's traffic: 120 lines after the manager's one
            floor.issue("HT");
            floor.serve(floor.callNext(1).getString("id"));
        }

        // the page's default: the manager's change is on its first page of 50, not hours of tickets away
        List<Map<String, Object>> page = read(floor.as(manager), "vi", Map.of("kind", "management", "limit", 50));
        assertThat(page).first().satisfies(l -> assertThat(l).containsEntry("what", "Lưu cài đặt trung tâm")
                .containsEntry("actor", manager).containsEntry("actorName", "Trần Văn Quản"));
        // everything, page by page back: the newest 50, then the older ones, none twice, the change among them
        List<Map<String, Object>> first = read(floor.as(manager), "vi", Map.of("limit", 50));
        assertThat(first).hasSize(50).allMatch(l -> "TICKETS".equals(l.get("kind")));
        Object last = first.get(49).get("id");
        List<Map<String, Object>> older = read(floor.as(manager), "vi", Map.of("limit", 1000, "before", last));
        assertThat(older).isNotEmpty().allMatch(l -> ((Number) l.get("id")).longValue() < ((Number) last).longValue())
                .anyMatch(l -> "Lưu cài đặt trung tâm".equals(l.get("what")));
        // one person's lines: the manager's alone
        assertThat(read(floor.as(manager), "vi", Map.of("actor", manager))).isNotEmpty()
                .allMatch(l -> manager.equals(l.get("actor")));

        // the export in the page's language, with the same filter
        String csv = floor.as(manager).queryParams(Map.of("kind", "management", "lang", "vi")).get("/api/audit/csv")
                .then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("\uFEFFThời gian (giờ trung tâm),Người thực hiện,Tên đăng nhập,Việc đã làm,Quầy,Loại,Kết quả,")
                .contains(",Trần Văn Quản," + manager + ",Lưu cài đặt trung tâm,,Cài đặt và danh mục,Xong (200),PATCH,")
                .doesNotContain("Hoàn thành số");
        assertThat(floor.as(manager).queryParam("lang", "en").get("/api/audit/csv").then().statusCode(200).extract().asString())
                .startsWith("\uFEFFTime (center's clock),Person,Username,What was done,");

        // what no page sends is refused, said why, not read as "everything" nor a server error
        for (Map<String, String> bad : List.of(Map.of("kind", "tickets-and-more"), Map.of("before", "yesterday"),
                Map.of("limit", "0"), Map.of("limit", "1001"), Map.of("lang", "fr"), Map.of("before", "99999999999999999999"))) {
            floor.as(manager).queryParams(bad).get("/api/audit").then().statusCode(400).contentType("application/problem+json");
        }
        floor.as(manager).queryParam("kind", "nope").get("/api/audit/csv").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
