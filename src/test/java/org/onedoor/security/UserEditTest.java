package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.onedoor.testing.Sessions.as;
import static org.onedoor.testing.Sessions.signIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/** A center's manager mends the accounts of its staff: a misspelt name, an officer who becomes a guide. */
@QuarkusTest
class UserEditTest {

    @Test
    void shouldLetAManagerFixAnOfficersDisplayName() {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER", "Trần Văn Quản");
        String officer = floor.user("OFFICER", "Nguyen Thi Lan");

        floor.as(manager).body(Map.of("displayName", "  Nguyễn Thị Lan ")).patch("/api/users/" + officer)
                .then().statusCode(200).body("username", is(officer)).body("displayName", is("Nguyễn Thị Lan"))
                .body("roles", contains("OFFICER")).body("center", is(floor.center));

        List<Map<String, Object>> listed = floor.as(manager).get("/api/users").then().statusCode(200).extract().path("");
        assertThat(listed).filteredOn(u -> officer.equals(u.get("username")))
                .singleElement().satisfies(u -> assertThat(u).containsEntry("displayName", "Nguyễn Thị Lan"));
        // in the center's log, as the manager did it, the account by the name it has now
        List<Map<String, Object>> log = floor.as(manager).header("Accept-Language", "vi").queryParam("kind", "accounts")
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(log.get(0)).containsEntry("actor", manager).containsEntry("action", "PATCH")
                .containsEntry("what", "Sửa tên hoặc vai trò của tài khoản Nguyễn Thị Lan (" + officer + ")");
    }

    @Test
    void shouldLetAManagerMakeAnOfficerAGuideFromTheirNextRequest() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String manager = floor.user("MANAGER");
        String officer = floor.user("OFFICER");
        Response counterPc = signIn(officer, Floor.STAFF_PASSWORD, null);
        as(counterPc).get("/api/me").then().statusCode(200).body("roles", contains("OFFICER"));
        floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);
        floor.as(officer).post(floor.path("/counters/1/close")).then().statusCode(200);

        floor.as(manager).body(Map.of("role", "GUIDE")).patch("/api/users/" + officer).then().statusCode(200)
                .body("roles", contains("GUIDE"));

        // at once, though the account was read for the counter a moment ago; signed in still
        floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(403);
        as(counterPc).get("/api/me").then().statusCode(200).body("roles", contains("GUIDE"));
        floor.as(officer).body(Map.of("field", "HT")).post(floor.path("/tickets")).then().statusCode(201);
    }

    @Test
    void shouldStopADemotedManagerAtOnce() {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER");
        Response office = signIn(manager, Floor.STAFF_PASSWORD, null);
        as(office).get("/api/users").then().statusCode(200);
        as(office).get("/admin").then().statusCode(200);

        Floor.asAdmin().body(Map.of("role", "OFFICER")).patch("/api/users/" + manager).then().statusCode(200)
                .body("roles", contains("OFFICER"));

        as(office).get("/api/users").then().statusCode(403);
        as(office).get("/admin").then().statusCode(403);
        as(office).get("/api/me").then().statusCode(200).body("roles", contains("OFFICER"));
        floor.as(manager).body(Map.of("role", "OFFICER")).patch("/api/users/" + manager).then().statusCode(403);
    }

    @Test
    void shouldNotLetAManagerMakeAnAdmin() {
        Floor mine = Floor.create();
        String manager = mine.user("MANAGER");
        String officer = mine.user("OFFICER");
        String otherManager = mine.user("MANAGER");
        String elsewhere = Floor.create().user("OFFICER");

        assertThat(mine.as(manager).header("Accept-Language", "vi").body(Map.of("role", "ADMIN"))
                .patch("/api/users/" + officer).then().statusCode(403).contentType("application/problem+json")
                .extract().<String>path("detail")).isEqualTo("Chỉ ADMIN mới trao được vai trò ADMIN;"
                        + " quản lý chỉ đổi qua lại giữa cán bộ và hướng dẫn viên.");
        mine.as(manager).body(Map.of("role", "MANAGER")).patch("/api/users/" + officer).then().statusCode(403)
                .body("detail", is("Only an ADMIN gives the role MANAGER; a manager only switches between officer and guide."));
        // only their center's officers and guides: not another manager, an administrator, another center's officer
        mine.as(manager).body(Map.of("role", "OFFICER")).patch("/api/users/" + otherManager).then().statusCode(403);
        mine.as(manager).body(Map.of("displayName", "Quản lý")).patch("/api/users/" + otherManager).then().statusCode(403);
        mine.as(manager).body(Map.of("displayName", "Quản trị")).patch("/api/users/" + Floor.ADMIN).then().statusCode(403);
        mine.as(manager).body(Map.of("displayName", "Lan")).patch("/api/users/" + elsewhere).then().statusCode(403)
                .contentType("application/problem+json");
        mine.as(manager).body(Map.of("displayName", "Lan")).patch("/api/users/nobody-" + officer).then().statusCode(403);
        mine.as(officer).body(Map.of("displayName", "Lan")).patch("/api/users/" + officer).then().statusCode(403);

        Floor.asAdmin().get("/api/users?center=" + mine.center).then().statusCode(200)
                .body("find { it.username == '" + officer + "' }.roles", contains("OFFICER"))
                .body("find { it.username == '" + otherManager + "' }.displayName", is(otherManager));
    }

    @Test
    void shouldLetAManagerMendTheirOwnNameButNotTheirRole() {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER");

        floor.as(manager).header("Accept-Language", "vi").body(Map.of("role", "OFFICER")).patch("/api/users/" + manager)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", is("Không thể tự đổi vai trò của mình (sẽ tự khóa mình khỏi trang này): hãy nhờ ADMIN."));
        // the page sends the role it shows with the name: the same role is no change
        floor.as(manager).body(Map.of("displayName", "Trần Văn Quản", "role", "MANAGER")).patch("/api/users/" + manager)
                .then().statusCode(200).body("displayName", is("Trần Văn Quản")).body("roles", contains("MANAGER"));
        floor.as(manager).get("/api/users").then().statusCode(200);
    }

    @Test
    void shouldLetAnAdministratorPromoteAnOfficerButKeepAnAdminAnAdmin() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        String admin = "admin-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Floor.asAdmin().body(Map.of("username", admin, "password", Floor.STAFF_PASSWORD, "roles", List.of("ADMIN"),
                "displayName", admin)).post("/api/users").then().statusCode(201);

        Floor.asAdmin().body(Map.of("role", "MANAGER")).patch("/api/users/" + officer).then().statusCode(200)
                .body("roles", contains("MANAGER")).body("center", is(floor.center));
        floor.as(officer).get("/api/users").then().statusCode(200);

        Floor.asAdmin().body(Map.of("role", "MANAGER")).patch("/api/users/" + admin).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.startsWith("'" + admin + "' is an administrator"));
        Floor.asAdmin().body(Map.of("role", "OFFICER")).patch("/api/users/" + Floor.ADMIN).then().statusCode(409);
        Floor.asAdmin().body(Map.of("displayName", "Quản trị viên mới")).patch("/api/users/" + admin).then().statusCode(200)
                .body("roles", contains("ADMIN"));
        Floor.asAdmin().body(Map.of("displayName", "Ai")).patch("/api/users/nobody-" + officer).then().statusCode(404);
    }

    @Test
    void shouldRefuseAChangeThatSaysNothingOrTooMuch() {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER");
        String officer = floor.user("OFFICER", "Lan");

        assertThat(floor.as(manager).header("Accept-Language", "vi").body("{}").patch("/api/users/" + officer)
                .then().statusCode(400).contentType("application/problem+json").extract().<String>path("detail"))
                .startsWith("Hãy cho biết cần sửa gì");
        floor.as(manager).body(Map.of("displayName", "   ")).patch("/api/users/" + officer).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.startsWith("The display name cannot be empty"));
        floor.as(manager).body(Map.of("displayName", "L".repeat(101))).patch("/api/users/" + officer).then().statusCode(400)
                .contentType("application/problem+json");
        floor.as(manager).body(Map.of("role", "BOSS")).patch("/api/users/" + officer).then().statusCode(400)
                .contentType("application/problem+json");

        Floor.asAdmin().get("/api/users?center=" + floor.center).then()
                .body("find { it.username == '" + officer + "' }.displayName", is("Lan"))
                .body("find { it.username == '" + officer + "' }.roles", contains("OFFICER"));
    }
}
