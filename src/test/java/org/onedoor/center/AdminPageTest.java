package org.onedoor.center;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.device.DeviceSightings;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** The administration page: who may open it, and pairing a new hall screen by its code, in two browsers. */
@QuarkusTest
class AdminPageTest {

    static Page admin;
    static Page screen;

    @Inject
    DeviceSightings sightings;

    @BeforeAll
    static void startBrowsers() {
        admin = new Page(Browser.screen(1280, 1000));
        screen = new Page(Browser.screen(1280, 720));
    }

    @AfterAll
    static void stopBrowsers() {
        admin.browser.quit();
        screen.browser.quit();
    }

    @Test
    void shouldOpenOnlyForTheCentersManagerOrAnAdministrator() {
        Floor floor = Floor.create();
        Response officer = Sessions.signIn(floor.user("OFFICER"), Floor.STAFF_PASSWORD, null);
        Response manager = Sessions.signIn(floor.user("MANAGER"), Floor.STAFF_PASSWORD, null);

        Sessions.as(officer).get("/admin").then().statusCode(403);
        Sessions.as(manager).get("/admin").then().statusCode(200).body(containsString("Thiết bị"),
                containsString("<span id=\"center-heading\">Trung tâm thử " + floor.center + "</span>"), // by its name in the header
                containsString("Mở và đóng cửa lúc 00:00 nghĩa là mở cả ngày (24 giờ)."),
                containsString("data-center=\"" + floor.center + "\""));
        given().redirects().follow(false).get("/admin").then().statusCode(303)
                .header("Location", containsString("/login?next=%2Fadmin"));
    }

    /**
     * An administrator belongs to no center: signed in, they landed on a bare JSON refusal
     * ("?center=<code>"), and a fresh install had no page to make its first center from.
     */
    @Test
    void shouldLandAnAdministratorOnTheCentersWhereANewOneIsMade() {
        Floor floor = Floor.create();
        Response signedIn = Sessions.signIn(Floor.ADMIN, Floor.ADMIN_PASSWORD, null);
        assertThat(signedIn.header("Location")).endsWith("/admin");
        Sessions.as(signedIn).get("/counter").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/admin"));
        Sessions.as(signedIn).get("/admin").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("/counter?center=" + floor.center), containsString("/reports?center=" + floor.center));

        admin.browser.manage().deleteAllCookies();
        admin.browser.get("http://127.0.0.1:" + io.restassured.RestAssured.port + "/login");
        admin.browser.findElement(By.id("username")).sendKeys(Floor.ADMIN);
        admin.browser.findElement(By.id("password")).sendKeys(Floor.ADMIN_PASSWORD, Keys.ENTER);
        admin.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(admin.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.ready)")));
        String code = "new-" + floor.center.substring(2);
        admin.browser.findElement(By.id("n-code")).sendKeys(code);
        admin.browser.findElement(By.id("n-name")).sendKeys("Trung tâm Phục vụ hành chính công xã Mới");
        admin.tap("#center-create button");

        admin.waitUntil(Duration.ofSeconds(10), () -> admin.browser.getCurrentUrl().endsWith("/admin?center=" + code));
        given().get("/api/centers/" + code).then().statusCode(200).body("name", org.hamcrest.Matchers.is("Trung tâm Phục vụ hành chính công xã Mới"));
    }

    /** The users' form is far down the page: its refusal, and its "saved", are shown where the manager looks. */
    @Test
    void shouldShowTheAnswerToAFormFarDownThePageInSight() {
        Floor floor = Floor.create();
        String taken = floor.user("OFFICER");
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(admin.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.ready)")));

        createUser(taken);
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("problem"));
        assertThat(admin.text("problem")).contains(taken);
        assertThat(inSight("problem")).as("the refusal, in the window").isTrue();

        createUser("new-" + taken);
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("saved"));
        assertThat(admin.shown("problem")).isFalse();
        assertThat(inSight("saved")).as("the confirmation, in the window").isTrue();
    }

    private static void createUser(String username) {
        for (String[] field : new String[][] {{"u-name", username}, {"u-display", "Lê Văn Nam"}, {"u-password", Floor.STAFF_PASSWORD}}) {
            admin.browser.findElement(By.id(field[0])).clear();
            admin.browser.findElement(By.id(field[0])).sendKeys(field[1]);
        }
        admin.browser.executeScript("document.getElementById('user-form').scrollIntoView()");
        admin.tap("#user-form button[type=submit]");
    }

    private static boolean inSight(String id) {
        return Boolean.TRUE.equals(admin.browser.executeScript("const r = document.getElementById(arguments[0])"
                + ".getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight", id));
    }

    @Test
    void shouldPairANewHallScreenByTheCodeItShows() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String manager = floor.user("MANAGER");
        screen.browser.manage().deleteAllCookies();
        screen.browser.get(base() + "/display/");
        screen.browser.executeScript("localStorage.clear()");
        screen.browser.navigate().refresh();
        screen.waitUntil(Duration.ofSeconds(10), () -> screen.text("pairing-code").matches("\\d{3} \\d{3}"));
        String code = screen.text("pairing-code");

        Sessions.signIn(admin, manager, "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(admin.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.ready)")));
        admin.browser.findElement(By.id("pair-code")).sendKeys(code);
        // the counter asked of a counter screen only: a hall screen paired "at counter 3" was listed so
        new Select(admin.browser.findElement(By.id("pair-kind"))).selectByValue("COUNTER_SCREEN");
        assertThat(admin.browser.findElement(By.id("pair-counter")).isDisplayed()).isTrue();
        new Select(admin.browser.findElement(By.id("pair-kind"))).selectByValue("HALL_SCREEN");
        assertThat(admin.browser.findElement(By.id("pair-counter")).isDisplayed()).isFalse();
        admin.browser.findElement(By.id("pair-name")).sendKeys("Màn hình sảnh 2");
        admin.tap("#pair-form button");

        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("device-list").contains("Màn hình sảnh 2"));
        assertThat(admin.text("device-list")).contains("Màn hình sảnh 2 Màn hình sảnh Chưa kết nối lần nào");
        screen.waitUntil(Duration.ofSeconds(15), () -> screen.browser.getCurrentUrl().contains("/display/hall.html"));
        // the new hall screen draws its center's floor
        screen.waitUntil(Duration.ofSeconds(10), () -> screen.text("center-name").contains(floor.center));
        assertThat(screen.browser.executeScript("return window.onedoor.connection.status")).isEqualTo("live");
        // and the device list, opened again, shows it connected
        sightings.write().await().atMost(Duration.ofSeconds(10));
        admin.browser.navigate().refresh();
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("device-list").contains("Màn hình sảnh 2 Màn hình sảnh Trực tuyến"));

        // the notice line set on the admin page scrolls on the new screen at once
        admin.browser.findElement(By.id("c-notice")).clear();
        admin.browser.findElement(By.id("c-notice")).sendKeys("Chiều nay nghỉ từ 16:00");
        admin.tap("#center-form button");
        screen.waitUntil(Duration.ofSeconds(5), () -> screen.text("notice").contains("Chiều nay nghỉ từ 16:00"));
        Browser.screenshot(admin.browser, "admin");
    }

    /** A refused save keeps what the manager typed; the log below reads in the center's clock, not the PC's. */
    @Test
    void shouldKeepTheTypedSettingsWhenTheSaveIsRefusedAndShowTheLogInTheCentersTime() {
        Floor floor = Floor.create();
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> !admin.browser.findElement(By.id("c-opens")).getAttribute("value").isEmpty());

        admin.browser.findElement(By.id("c-notice")).clear();
        admin.browser.findElement(By.id("c-notice")).sendKeys("Chiều thứ Sáu nghỉ họp");
        admin.browser.executeScript("document.getElementById('c-opens').value = '17:30';"
                + " document.getElementById('c-closes').value = '07:30';");
        admin.tap("#center-form button");

        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("problem"));
        assertThat(admin.text("problem")).isEqualTo("Giờ mở cửa phải trước giờ đóng cửa.");
        assertThat(admin.browser.findElement(By.id("c-notice")).getAttribute("value")).isEqualTo("Chiều thứ Sáu nghỉ họp");
        assertThat(admin.browser.findElement(By.id("c-opens")).getAttribute("value")).isEqualTo("17:30");

        // no working day ticked: said in the page's words, not the API's (openDays)
        admin.browser.executeScript("document.getElementById('c-opens').value = '07:30';"
                + " document.querySelectorAll('#c-days input').forEach(b => { b.checked = false; });");
        admin.tap("#center-form button");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("problem").equals("Hãy chọn ít nhất một ngày làm việc trong tuần."));
        Floor.asAdmin().get("/api/centers/" + floor.center).then().body("openDays.size()", org.hamcrest.Matchers.is(7));

        String at = Floor.asAdmin().get("/api/audit?center=" + floor.center).then().statusCode(200).extract().path("[0].at");
        String local = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
                .format(java.time.Instant.parse(at).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        admin.browser.navigate().refresh();
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("audit-list").contains(local));
    }

    /**
     * The name on the hall screens and tickets, and the recalls before absent, are the manager's to
     * set too; the page's header shows the new name at once.
     */
    @Test
    void shouldRenameTheCenterAndSetItsRecallsFromThePage() {
        Floor floor = Floor.create();
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> !admin.browser.findElement(By.id("c-name")).getAttribute("value").isEmpty());
        admin.browser.findElement(By.id("c-name")).clear();
        admin.browser.findElement(By.id("c-name")).sendKeys("Trung tâm Phục vụ hành chính công xã Tà Xùa");
        admin.browser.findElement(By.id("c-recalls")).clear();
        admin.browser.findElement(By.id("c-recalls")).sendKeys("3");
        admin.tap("#center-form button");

        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("saved"));
        Floor.asAdmin().get("/api/centers/" + floor.center).then()
                .body("name", org.hamcrest.Matchers.is("Trung tâm Phục vụ hành chính công xã Tà Xùa"))
                .body("recallsBeforeNoShow", org.hamcrest.Matchers.is(3));
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("center-heading").equals("Trung tâm Phục vụ hành chính công xã Tà Xùa"));
    }

    /** The form sends every setting: typing an existing field's code must bring its settings in first. */
    @Test
    void shouldKeepAFieldsOtherSettingsWhenItsNameIsChangedOnThePage() {
        Floor floor = Floor.create();
        Floor.asAdmin().body(java.util.Map.of("names", java.util.Map.of("vi", "Đất đai"), "prefix", "D", "pictogram", "land",
                "serviceMinutes", 25, "active", false, "displayOrder", 5)).put(floor.path("/fields/DD")).then().statusCode(200);
        String manager = floor.user("MANAGER");
        Sessions.signIn(admin, manager, "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(admin.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.ready)")) && admin.text("field-list").contains("DD"));

        admin.browser.findElement(By.id("f-code")).sendKeys("DD", Keys.TAB);
        admin.browser.findElement(By.id("f-vi")).clear();
        admin.browser.findElement(By.id("f-vi")).sendKeys("Đất đai – môi trường");
        admin.tap("#field-form button");

        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("field-list").contains("Đất đai – môi trường"));
        Floor.asAdmin().get(floor.path("/fields")).then().statusCode(200)
                .body("[0].names.vi", org.hamcrest.Matchers.is("Đất đai – môi trường"))
                .body("[0].active", org.hamcrest.Matchers.is(false))
                .body("[0].serviceMinutes", org.hamcrest.Matchers.is(25))
                .body("[0].pictogram", org.hamcrest.Matchers.is("land"))
                .body("[0].prefix", org.hamcrest.Matchers.is("D"))
                .body("[0].displayOrder", org.hamcrest.Matchers.is(5));

        // a new field goes after those the citizens know, not before them
        admin.browser.findElement(By.id("f-code")).sendKeys("TP", Keys.TAB);
        admin.browser.findElement(By.id("f-vi")).sendKeys("Tư pháp");
        admin.browser.findElement(By.id("f-prefix")).sendKeys("T");
        admin.tap("#field-form button");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("field-list").contains("Tư pháp"));
        Floor.asAdmin().get(floor.path("/fields")).then().body("code", org.hamcrest.Matchers.contains("DD", "TP"))
                .body("[1].displayOrder", org.hamcrest.Matchers.is(6));
    }

    /**
     * The counter and priority-group forms send every setting too: a new label must not take a
     * counter's LED display away (it went dark), nor a new English name a group's pictogram.
     */
    @Test
    void shouldKeepACountersDisplayAndAGroupsPictogramWhenRenamedOnThePage() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        Floor.asAdmin().body(java.util.Map.of("label", "Quầy 4", "fields", java.util.List.of("HT"), "displayAddress", "modbus:4"))
                .put(floor.path("/counters/4")).then().statusCode(200);
        Floor.asAdmin().body(java.util.Map.of("names", java.util.Map.of("vi", "Người khuyết tật", "hmn", "Neeg xiam oob qhab"), "icon", "disability",
                "active", false)).put(floor.path("/priority-groups/XE")).then().statusCode(200);
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(admin.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.ready)")) && admin.text("counter-list").contains("modbus:4")
                && admin.text("group-list").contains("XE"));

        admin.browser.findElement(By.id("k-number")).sendKeys("4", Keys.TAB);
        admin.browser.findElement(By.id("k-label")).clear();
        admin.browser.findElement(By.id("k-label")).sendKeys("Quầy 4 – Hộ tịch");
        admin.tap("#counter-form button");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("counter-list").contains("Quầy 4 – Hộ tịch"));
        // by keyboard: the row's number is a button, and the form takes the focus where the label is typed
        admin.browser.findElement(By.id("k-number")).clear();
        admin.browser.findElement(By.xpath("//tbody[@id='counter-list']/tr[1]//button[normalize-space()='4']")).sendKeys(Keys.ENTER);
        assertThat(admin.browser.findElement(By.id("k-number")).getAttribute("value")).isEqualTo("4");
        assertThat(admin.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("k-label");
        admin.browser.findElement(By.xpath("//tbody[@id='counter-list']/tr[1]")).click();
        admin.browser.findElement(By.id("k-number")).clear();
        admin.browser.findElement(By.id("k-number")).sendKeys("5", Keys.TAB); // a new counter: not counter 4's board
        assertThat(admin.browser.findElement(By.id("k-display")).getAttribute("value")).isEmpty();
        admin.browser.findElement(By.xpath("//ul[@id='group-list']//button[starts-with(., 'XE ')]")).click(); // its row
        admin.browser.findElement(By.id("g-en")).sendKeys("People with disabilities");
        admin.tap("#group-form button");

        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("counter-list").contains("Quầy 4 – Hộ tịch")
                && "People with disabilities".equals(Floor.asAdmin().get(floor.path("/priority-groups")).then()
                        .extract().path("find { it.code == 'XE' }.names.en")));
        given().get(floor.path("/counters")).then().statusCode(200)
                .body("[0].displayAddress", org.hamcrest.Matchers.is("modbus:4"))
                .body("[0].fields", org.hamcrest.Matchers.contains("HT"));
        Floor.asAdmin().get(floor.path("/priority-groups")).then().statusCode(200)
                .body("find { it.code == 'XE' }.icon", org.hamcrest.Matchers.is("disability"))
                .body("find { it.code == 'XE' }.active", org.hamcrest.Matchers.is(false))
                .body("find { it.code == 'XE' }.names.vi", org.hamcrest.Matchers.is("Người khuyết tật"))
                .body("find { it.code == 'XE' }.names.hmn", org.hamcrest.Matchers.is("Neeg xiam oob qhab")); // not on the form
    }

    /** A procedure list pasted in: what the preview found wrong, row by row, then what was saved, in words. */
    @Test
    void shouldSayWhatAnImportFoundAndDidInWords() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(admin.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.ready)")));
        var text = admin.browser.findElement(By.id("import-text"));
        text.sendKeys("code,name_vi,name_en,field,online_url\n1.001193,Đăng ký khai sinh,,HT,\n2.000815,Chứng thực,,CT,");

        admin.tap("#import-preview");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("import-result").startsWith("1 dòng có lỗi, chưa lưu gì"));
        assertThat(admin.browser.findElements(By.cssSelector("#import-result li"))).hasSize(1)
                .first().extracting(e -> e.getText()).asString().contains("dòng 3").contains("CT");

        text.clear();
        text.sendKeys("code,name_vi,name_en,field,online_url,co_quan\n1.001193,Đăng ký khai sinh,,HT,,UBND xã");
        admin.tap("#import-apply");
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("import-result")
                .equals("Đã lưu: thêm 1 thủ tục, sửa 0, giữ nguyên 0.\nThêm: 1.001193\nKhông đọc các cột: co_quan"));
        given().get(floor.path("/procedures")).then().body("code", org.hamcrest.Matchers.contains("1.001193"));
    }

    /** An officer who left, and one who forgot their password: what the manager does on the page. */
    @Test
    void shouldLetTheManagerSwitchAnOfficerOffAndSetAnothersPassword() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String manager = floor.user("MANAGER");
        String left = floor.user("OFFICER");
        String forgot = floor.user("GUIDE");
        Response leftSession = Sessions.signIn(left, Floor.STAFF_PASSWORD, null);
        // they left a citizen at their counter
        floor.callAt(left, 1, "HT");
        Sessions.signIn(admin, manager, "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("user-list").contains(forgot));
        assertThat(userRow(manager).findElements(By.tagName("button"))).as("nothing to do to oneself but mend one's name")
                .extracting(org.openqa.selenium.WebElement::getText).containsExactly("Sửa");

        tapInRow(left, "Khóa");
        admin.waitUntil(Duration.ofSeconds(5), () -> userRow(left).getText().contains("Đã khóa"));
        assertThat(admin.text("saved")).isEqualTo("Đã khóa tài khoản. Quầy 1 tạm dừng, số A001 vẫn ở quầy:"
                + " một cán bộ khác mở quầy này để nhận và hoàn thành số đó.");
        // typed and sent in one go: a redraw between the two would lose what was typed
        admin.waitUntil(Duration.ofSeconds(5), () -> {
            userRow(forgot).findElement(By.tagName("input")).sendKeys("mật khẩu mới 2026");
            userRow(forgot).findElement(By.xpath(".//button[normalize-space()='Đặt mật khẩu']")).click();
            return true;
        });

        admin.waitUntil(Duration.ofSeconds(5), () -> Sessions.signIn(forgot, "mật khẩu mới 2026", null)
                .header("Location").endsWith("/kiosk/guide.html"));
        Sessions.as(leftSession).get("/api/me").then().statusCode(401);
        assertThat(Sessions.signIn(left, Floor.STAFF_PASSWORD, null).header("Location")).contains("error");
        admin.waitUntil(Duration.ofSeconds(5), () -> userRow(forgot).getText().contains("Đang dùng")
                && userRow(forgot).getText().contains("Cán bộ hướng dẫn"));
    }

    private static org.openqa.selenium.WebElement userRow(String username) {
        return admin.browser.findElement(By.xpath("//tbody[@id='user-list']/tr[td[1]='" + username + "']"));
    }

    /** The list redraws after each action: a row found a moment ago may be gone, so it is found again. */
    private static void tapInRow(String username, String label) {
        admin.waitUntil(Duration.ofSeconds(5), () -> {
            userRow(username).findElement(By.xpath(".//button[normalize-space()='" + label + "']")).click();
            return true;
        });
    }

    private static String base() {
        return "http://127.0.0.1:" + RestAssured.port;
    }
}
