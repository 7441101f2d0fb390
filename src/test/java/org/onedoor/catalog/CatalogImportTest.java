package org.onedoor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

@QuarkusTest
class CatalogImportTest {

    /** The shape of shared/data/fields.csv: no prefixes, an extra department column. */
    private static final String COMMUNE_FIELDS = """
            code,name_vi,name_en,department_vi
            HT,Hộ tịch,Civil status,Văn phòng HĐND và UBND
            CT,Chứng thực,"Certification of copies and signatures",Văn phòng HĐND và UBND
            DD,Đất đai,Land,Phòng Kinh tế
            """;

    @Test
    void shouldImportCommuneFieldsGivingThemFreePrefixes() {
        Floor floor = Floor.create();

        importFields(floor, COMMUNE_FIELDS, false).then().statusCode(200)
                .body("applied", is(true)).body("created", is(List.of("HT", "CT", "DD")))
                .body("ignoredColumns", is(List.of("department_vi")));

        JsonPath fields = Floor.asAdmin().get(floor.path("/fields")).then().statusCode(200).extract().jsonPath();
        assertThat(fields.getList("code", String.class)).containsExactlyInAnyOrder("HT", "CT", "DD");
        assertThat(fields.getList("prefix", String.class)).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(fields.getString("find { it.code == 'CT' }.names.en")).isEqualTo("Certification of copies and signatures");
        assertThat(fields.getString("find { it.code == 'DD' }.names.vi")).isEqualTo("Đất đai");

        importFields(floor, COMMUNE_FIELDS, false).then().statusCode(200)
                .body("unchanged", is(List.of("HT", "CT", "DD"))).body("created", is(List.of()));
    }

    @Test
    void shouldPreviewAnImportWithoutChangingAnything() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);

        importFields(floor, "code,name_vi,service_minutes\nHT,Hộ tịch,15\nTP,Tư pháp,\n", true).then().statusCode(200)
                .body("applied", is(false)).body("updated", is(List.of("HT"))).body("created", is(List.of("TP")));

        Floor.asAdmin().get(floor.path("/fields")).then().body("code", is(List.of("HT")))
                .body("[0].serviceMinutes", is(10));
    }

    @Test
    void shouldRejectTheWholeImportWhenOneRowIsBad() {
        Floor floor = Floor.create();

        importFields(floor, "code,name_vi,prefix\nHT,Hộ tịch,A\nbad code,X,B\nCT,Chứng thực,A\n", false).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was changed"))
                .body("errors", org.hamcrest.Matchers.hasItems(containsString("row 3 (bad code)"),
                        containsString("same prefix A")));

        Floor.asAdmin().get(floor.path("/fields")).then().body("size()", is(0));
    }

    @Test
    void shouldImportProceduresFromJsonAndFindThemWithoutDiacritics() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5);
        List<Map<String, Object>> procedures = List.of(
                Map.of("code", "1.001193", "name_vi", "Đăng ký khai sinh", "name_en", "Birth registration",
                        "field", "HT", "online_url", "https://dichvucong.gov.vn/p/1.001193"),
                Map.of("code", "2.000815", "name_vi", "Chứng thực bản sao từ bản chính", "field", "CT"));

        Floor.asAdmin().body(procedures).post(floor.path("/procedures/import")).then().statusCode(200)
                .body("created", is(List.of("1.001193", "2.000815")));

        Floor.asAdmin().queryParam("q", "dang ky KHAI sinh").get(floor.path("/procedures")).then().statusCode(200)
                .body("code", is(List.of("1.001193"))).body("[0].online", is(true)).body("[0].field", is("HT"));
        Floor.asAdmin().queryParam("q", "chứng thực").get(floor.path("/procedures")).then()
                .body("code", is(List.of("2.000815"))).body("[0].online", is(false));
        Floor.asAdmin().queryParam("q", "1.0011").get(floor.path("/procedures")).then().body("code", is(List.of("1.001193")));
        Floor.asAdmin().queryParam("field", "CT").get(floor.path("/procedures")).then().body("code", is(List.of("2.000815")));
        Floor.asAdmin().body(List.of(Map.of("code", "9.1", "name_vi", "X", "field", "NOPE")))
                .post(floor.path("/procedures/import")).then().statusCode(400)
                .body("errors[0]", containsString("field 'NOPE' does not exist"));
    }

    @Test
    void shouldRefuseAFieldWithBothNumberingStyles() {
        Floor floor = Floor.create();

        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A", "numberBlock", 1))
                .put(floor.path("/fields/HT")).then().statusCode(400).body("detail", containsString("not both"));
        Floor.asAdmin().body(Map.of("names", Map.of("en", "Civil status"), "prefix", "A"))
                .put(floor.path("/fields/HT")).then().statusCode(400).body("detail", containsString("Vietnamese"));
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A", "colour", "red"))
                .put(floor.path("/fields/HT")).then().statusCode(400);
    }

    @Test
    void shouldCheckAnImportedRowByTheRulesOfTheSameSettingsSentAsJson() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        String csv = "code,name_vi,prefix,colour,service_minutes\nZZ,Thử,Z,#123456789,\nYY,Thử nữa,Y,,0\n";

        // the preview lists the bad rows the import would refuse (before, it showed none, and the import failed with a 500)
        importFields(floor, csv, true).then().statusCode(200).body("applied", is(false))
                .body("errors", org.hamcrest.Matchers.hasItems(containsString("row 2 (ZZ): colour"),
                        containsString("row 3 (YY): serviceMinutes")));
        importFields(floor, csv, false).then().statusCode(400).contentType("application/problem+json")
                .body("errors", org.hamcrest.Matchers.hasItems(containsString("row 2 (ZZ): colour"),
                        containsString("row 3 (YY): serviceMinutes")));
        String longUrl = "https://dichvucong.gov.vn/" + "p".repeat(600);
        Floor.asAdmin().body(List.of(Map.of("code", "9.2", "name_vi", "Thủ tục", "field", "HT", "online_url", longUrl)))
                .post(floor.path("/procedures/import")).then().statusCode(400)
                .body("errors[0]", containsString("500 characters"));
        Floor.asAdmin().get(floor.path("/fields")).then().body("code", is(List.of("HT")));
    }

    @Test
    void shouldListAnImportsErrorsInVietnameseForAPageThatAsksInVietnamese() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        String csv = "code,name_vi,prefix,colour\nZZ,Thử,Z,#123456789\nYY,Thử nữa,A,\n";

        Floor.asAdmin().header("Accept-Language", "vi").contentType("text/csv; charset=UTF-8").queryParam("dryRun", true)
                .body(csv).post(floor.path("/fields/import")).then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.hasItems("dòng 2 (ZZ): colour phải là một màu dạng #1565c0", // line 2 of the file: its first row under the header
                        "lĩnh vực HT và YY trùng chữ cái đầu số A"));
        Floor.asAdmin().header("Accept-Language", "vi").body(List.of(Map.of("code", "9.2", "name_vi", "Thủ tục", "field", "NOPE")))
                .post(floor.path("/procedures/import")).then().statusCode(400)
                .body("detail", is("Tệp nhập có 1 dòng sai; chưa có gì thay đổi."))
                .body("errors[0]", is("dòng 1 (9.2): lĩnh vực 'NOPE' không có ở trung tâm này"));
    }

    /**
     * A header in other words blamed every row ("procedure code '' is not valid"); a misspelt column
     * was dropped with its cells without a word. The header is what to mend, and the answer says so;
     * a column not read is named. A file Excel saved with semicolons (a comma is the decimal mark in
     * Vietnamese) reads as one with commas.
     */
    @Test
    void shouldNameTheHeaderWhenItHasNoCodeAndTheColumnsNotReadAndReadSemicolons() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);

        Floor.asAdmin().header("Accept-Language", "vi").contentType("text/csv; charset=UTF-8").queryParam("dryRun", true)
                .body("mã,tên,lĩnh vực\n1.001193,Đăng ký khai sinh,HT\n").post(floor.path("/procedures/import")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", is("Tệp nhập không có cột code (mã); các cột của nó: mã, tên, lĩnh vực. Dòng đầu của tệp là tên "
                        + "các cột, trong số: code,name_vi,name_en,field,online_url,active."));
        Floor.asAdmin().body(List.of(Map.of("name_vi", "Hộ tịch"))).post(floor.path("/fields/import")).then()
                .statusCode(400).body("detail", is("The file has no code column; its columns: name_vi. Its first line names its "
                        + "columns, among: code,name_vi,name_en,prefix,number_block,pictogram,colour,service_minutes,daily_cap,active,display_order."));
        Floor.asAdmin().contentType("text/csv; charset=UTF-8").queryParam("dryRun", true)
                .body("code,nam_vi,field\n1.001193,Đăng ký khai sinh,HT\n").post(floor.path("/procedures/import")).then()
                .body("ignoredColumns", is(List.of("nam_vi")));
        Floor.asAdmin().get(floor.path("/procedures")).then().body("size()", is(0));

        Floor.asAdmin().contentType("text/csv; charset=UTF-8")
                .body("code;name_vi;field\n1.001193;Đăng ký khai sinh, lần đầu;HT\n").post(floor.path("/procedures/import")).then()
                .statusCode(200).body("created", is(List.of("1.001193"))).body("ignoredColumns", is(List.of()));
        Floor.asAdmin().get(floor.path("/procedures")).then().body("[0].names.vi", is("Đăng ký khai sinh, lần đầu"));
    }

    /** PostgreSQL refuses NUL in text: the preview and the import must both say so, as a 400. */
    @Test
    void shouldRefuseANulCharacterInThePreviewAndTheImport() {
        Floor floor = Floor.create();

        for (boolean dryRun : new boolean[] {true, false}) {
            importFields(floor, "code,name_vi\nHT,Hộ\u0000tịch\n", dryRun).then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("row 2"));
        }
        Floor.asAdmin().contentType("application/json").body("[{\"code\":\"9.2\",\"name_vi\":\"a\\u0000b\"}]")
                .post(floor.path("/procedures/import")).then().statusCode(400).contentType("application/problem+json");
        Floor.asAdmin().get(floor.path("/fields")).then().body("size()", is(0));
    }

    /**
     * Codes are unique per center and day: a field given a prefix another field used today would
     * make a code already taken, and then fail every ticket until tomorrow.
     */
    @Test
    void shouldRefuseANumberingAnotherFieldUsedToday() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10).counter(1, "HT", "CT");
        floor.issue("HT");
        floor.issue("HT");
        floor.issue("CT");

        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "Z")).put(floor.path("/fields/HT"))
                .then().statusCode(200);
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Chứng thực"), "prefix", "A")).put(floor.path("/fields/CT"))
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("CT"));
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Tư pháp"), "prefix", "A")).put(floor.path("/fields/TP"))
                .then().statusCode(409);
        importFields(floor, "code,name_vi,prefix\nCT,Chứng thực,A\n", true).then().statusCode(200)
                .body("errors[0]", containsString("CT"));

        assertThat(floor.issue("CT").getString("code")).as("CT still issues, as B").isEqualTo("B002");
        assertThat(floor.issue("HT").getString("code")).isEqualTo("Z003");
    }

    /**
     * A code belongs to the field whose numbering made it, wherever its ticket went after: a ticket
     * sent on to another field neither stops the field that made it from taking its prefix back,
     * nor lets the field it went to take that prefix, whose next number would make its code again.
     */
    @Test
    void shouldJudgeATransferredTicketsCodeByTheFieldThatGaveIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10).counter(1, "HT", "CT").open(1);
        floor.issue("HT");
        String id = floor.callNext(1).getString("id");
        Floor.asAdmin().body(Map.of("field", "CT")).post("/api/tickets/" + id + "/transfer").then().statusCode(200);

        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "Z")).put(floor.path("/fields/HT"))
                .then().statusCode(200);
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Chứng thực"), "prefix", "A")).put(floor.path("/fields/CT"))
                .then().statusCode(409).body("detail", containsString("CT"));
        assertThat(floor.issue("CT").getString("code")).as("CT still issues, as B").isEqualTo("B001");

        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A")).put(floor.path("/fields/HT"))
                .then().statusCode(200);
        assertThat(floor.issue("HT").getString("code")).isEqualTo("A002");
    }

    /** Rows are saved one by one: a prefix passed on within one import would fail the whole import after a clean preview. */
    @Test
    void shouldRefuseInThePreviewAPrefixAnotherFieldGivesUpInTheSameImport() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10);
        String swap = "code,name_vi,prefix\nHT,Hộ tịch,B\nCT,Chứng thực,A\n";

        importFields(floor, swap, true).then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.hasItem(containsString("gives up in the same import")));
        importFields(floor, swap, false).then().statusCode(400).contentType("application/problem+json");
        importFields(floor, "code,name_vi,prefix\nHT,Hộ tịch,H\nTP,Tư pháp,A\n", true).then().statusCode(200)
                .body("errors[0]", containsString("field TP takes A"));

        importFields(floor, "code,name_vi,prefix\nHT,Hộ tịch,H\n", false).then().statusCode(200);
        importFields(floor, "code,name_vi,prefix\nTP,Tư pháp,A\n", false).then().statusCode(200);
        assertThat(floor.issue("TP").getString("code")).as("in two steps it works").isEqualTo("A001");
    }

    /** A letter a field gave codes of today and then gave up is not handed to a new field the same day: their numbers would clash. */
    @Test
    void shouldGiveANewFieldALetterNoFieldUsedToday() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        floor.issue("HT");
        Floor.asAdmin().body(Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "C")).put(floor.path("/fields/HT"))
                .then().statusCode(200);

        importFields(floor, "code,name_vi\nTP,Tư pháp\n", false).then().statusCode(200);

        Floor.asAdmin().get(floor.path("/fields")).then().body("find { it.code == 'TP' }.prefix", is("B"));
    }

    /** Excel on a Vietnamese Windows saves "CSV" in code page 1258: read as UTF-8, every marked letter was stored as "�". */
    @Test
    void shouldRefuseAFileThatIsNotTheTextItSaysItIsAndKeepNothing() {
        Floor floor = Floor.create();
        // "ủ" as Windows writes it, u and a combining hook: Java's encoder has no precomposed "ủ" and writes "?"
        byte[] windows = "code,name_vi\nHT,Đơn thư của dân\n".replace("ủ", "u\u0309")
                .getBytes(java.nio.charset.Charset.forName("windows-1258"));

        // as curl sends a file: REST Assured would add "charset=ISO-8859-1" of its own
        Floor.asAdmin().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv").header("Accept-Language", "en").body(windows)
                .post(floor.path("/fields/import")).then().statusCode(400).contentType("application/problem+json")
                .body("detail", is("The import is not UTF-8 text (error on line 2), so letters with diacritics would be lost:"
                        + " save the file as \"CSV UTF-8\" (Excel: Save As, CSV UTF-8) and import it again."));
        Floor.asAdmin().get(floor.path("/fields")).then().statusCode(200).body("code", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem("HT")));

        // named as what it is, it is read as such
        Floor.asAdmin().contentType("text/csv; charset=windows-1258").body(windows)
                .post(floor.path("/fields/import")).then().statusCode(200);
        Floor.asAdmin().get(floor.path("/fields")).then().body("find { it.code == 'HT' }.names.vi", is("Đơn thư của dân")); // one spelling: precomposed
        // JSON's escapes too
        Floor.asAdmin().contentType("application/json").body("[{\"code\":\"DT\",\"name_vi\":\"Đơn thư cu\\u0309a dân\"}]")
                .post(floor.path("/fields/import")).then().statusCode(200);
        Floor.asAdmin().get(floor.path("/fields")).then().body("find { it.code == 'DT' }.names.vi", is("Đơn thư của dân"));
        Floor.asAdmin().contentType("text/csv; charset=klingon").body(windows)
                .post(floor.path("/fields/import")).then().statusCode(400).contentType("application/problem+json");
    }

    private static io.restassured.response.Response importFields(Floor floor, String csv, boolean dryRun) {
        return Floor.asAdmin().contentType("text/csv; charset=UTF-8").queryParam("dryRun", dryRun).body(csv)
                .post(floor.path("/fields/import"));
    }
}
