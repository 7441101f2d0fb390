package org.onedoor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;
import org.onedoor.testing.HeldRow;
import org.onedoor.testing.TestDatabase;

/** A manager edits a field: changes made at once both stay, and a refusal says what is wrong. */
@QuarkusTest
class FieldEditsTest {

    @Inject
    TestDatabase database;

    /** Two managers (or an import and a manager) change different settings of one field at the same moment. */
    @Test
    void shouldKeepBothOfTwoChangesMadeToAFieldAtOnce() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        CompletableFuture<Integer> slower;
        CompletableFuture<Integer> cap;
        try (HeldRow field = HeldRow.field(database, floor.center, "HT")) {
            slower = CompletableFuture.supplyAsync(() -> Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch"),
                    "serviceMinutes", 15)).put(floor.path("/fields/HT")).statusCode());
            field.awaitWaiters(1, Duration.ofSeconds(10));
            cap = CompletableFuture.supplyAsync(() -> Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch"),
                    "dailyCap", 50)).put(floor.path("/fields/HT")).statusCode());
            field.awaitWaiters(2, Duration.ofSeconds(10));
            field.release();
        }
        assertThat(slower.get(20, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(cap.get(20, TimeUnit.SECONDS)).isEqualTo(200);

        JsonPath ht = Floor.asAdmin().get(floor.path("/fields")).then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.code == 'HT' }");
        assertThat(ht.getInt("serviceMinutes")).isEqualTo(15);
        assertThat(ht.getInt("dailyCap")).isEqualTo(50);
    }

    @Test
    void shouldNameTheFieldThatHasThePrefixAlready() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithBlock("CT", 2, 10);

        String prefix = Floor.asAdmin().body(Map.of("names", Map.of("vi", "Tư pháp"), "prefix", "A"))
                .put(floor.path("/fields/TP")).then().statusCode(409).contentType("application/problem+json")
                .extract().path("detail");
        assertThat(prefix).isEqualTo("Field HT already uses prefix A; choose other numbering for field TP.");
        String block = Floor.asAdmin().header("Accept-Language", "vi").body(Map.of("names", Map.of("vi", "Tư pháp"),
                "numberBlock", 2)).put(floor.path("/fields/TP")).then().statusCode(409).extract().path("detail");
        assertThat(block).isEqualTo("Lĩnh vực CT đã dùng dải số 2; hãy chọn cách đánh số khác cho lĩnh vực TP.");
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch mới"), "prefix", "A")).put(floor.path("/fields/HT"))
                .then().statusCode(200); // its own prefix is no clash
    }

    /** A manager switching a field off sends only that: its names, colour and numbering stay. */
    @Test
    void shouldKeepAFieldsAndAGroupsNamesWhenAChangeLeavesThemOut() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        Floor.asAdmin().body(Map.of("active", false)).put(floor.path("/fields/HT")).then().statusCode(200)
                .body("active", org.hamcrest.Matchers.is(false)).body("names.vi", org.hamcrest.Matchers.notNullValue())
                .body("prefix", org.hamcrest.Matchers.is("A"));
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Người cao tuổi"))).put(floor.path("/priority-groups/OLD"))
                .then().statusCode(200);
        Floor.asAdmin().body(Map.of("displayOrder", 3)).put(floor.path("/priority-groups/OLD")).then().statusCode(200)
                .body("names.vi", org.hamcrest.Matchers.is("Người cao tuổi")).body("displayOrder", org.hamcrest.Matchers.is(3));
        // a new one still needs its Vietnamese name: it is the kiosk's button
        Floor.asAdmin().body(Map.of("prefix", "B")).put(floor.path("/fields/TP")).then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.is("A Vietnamese name is needed."));
        Floor.asAdmin().body(Map.of("names", Map.of("en", "Elderly"))).put(floor.path("/priority-groups/NEW")).then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** A blank name is a blank button on the kiosk. */
    @Test
    void shouldRefuseABlankNameOfAPriorityGroupOrAnImportedProcedure() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "  "))).put(floor.path("/priority-groups/OLD"))
                .then().statusCode(400).contentType("application/problem+json");
        Floor.asAdmin().contentType("application/json").queryParam("dryRun", true)
                .body("[{\"code\":\"1.001\",\"field\":\"HT\",\"name_vi\":\"\"}]").post(floor.path("/procedures/import"))
                .then().statusCode(200).body("errors", org.hamcrest.Matchers.hasSize(1));
    }

    /** PostgreSQL's jsonb cannot hold a NUL character, in a key as in a value. */
    @Test
    void shouldRefuseANulCharacterInTheKeyOfAFieldsNames() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        Floor.asAdmin().contentType("application/json").body("{\"names\":{\"vi\":\"Hộ tịch\",\"v\\u0000\":\"x\"},\"prefix\":\"A\"}")
                .put(floor.path("/fields/HT")).then().statusCode(400).contentType("application/problem+json");
        Floor.asAdmin().contentType("application/json").body("{\"names\":{\"vi\\u0000\":\"Người cao tuổi\"}}")
                .put(floor.path("/priority-groups/OLD")).then().statusCode(400).contentType("application/problem+json");
    }
}
