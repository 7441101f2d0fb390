package org.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The devices on the administration page, as a manager uses them for the hardware: a bridge shows
 * no pairing code, so it is paired by name and its token shown once; a kiosk is pointed at it; a
 * counter screen is moved to another counter; a revoke is asked first and said as done.
 */
@QuarkusTest
class DevicesPageTest {

    static Page admin;

    @jakarta.inject.Inject
    DeviceSightings sightings;

    @BeforeAll
    static void startBrowser() {
        admin = new Page(Browser.screen(1280, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        admin.browser.quit();
    }

    @Test
    void shouldPairABridgeShowItsTokenOnceAndPointAKioskAtIt() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String kiosk = KioskTestDevices.asDevice(KioskTestDevices.pair(floor, "KIOSK", null)).get("/api/device")
                .then().extract().path("id");
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("device-list").contains("KIOSK test"));

        admin.browser.findElement(By.id("bridge-name")).sendKeys("Cầu nối máy kiosk");
        admin.tap("#bridge-form button");

        admin.waitUntil(Duration.ofSeconds(5), () -> admin.shown("bridge-token"));
        Matcher token = Pattern.compile("token = (\\S+)").matcher(admin.text("bridge-lines"));
        assertThat(token.find()).as(admin.text("bridge-lines")).isTrue();
        assertThat(admin.text("bridge-lines")).startsWith("server = http://127.0.0.1:");
        String bridge = KioskTestDevices.asDevice(token.group(1)).get("/api/device").then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.is("BRIDGE")).extract().path("id");

        admin.waitUntil(Duration.ofSeconds(5), () -> new Select(printerChoice()).getOptions().size() == 2);
        new Select(printerChoice()).selectByVisibleText("Cầu nối máy kiosk");
        admin.waitUntil(Duration.ofSeconds(5), () -> bridge.equals(Floor.asAdmin()
                .get("/api/devices/" + floor.center + "/" + kiosk).then().extract().path("printerBridge")));
        assertThat(admin.text("saved")).isEqualTo("Đã lưu");

        // revoked: asked first, said as done, moved to the revoked ones, and the kiosk's row shows why its paper stopped
        admin.waitUntil(Duration.ofSeconds(5), () -> {
            bridgeRow().findElement(By.xpath(".//button[normalize-space()='Thu hồi']")).click();
            return true;
        });
        assertThat(admin.browser.switchTo().alert().getText()).startsWith("Cầu nối máy kiosk: Thu hồi thiết bị này?");
        admin.browser.switchTo().alert().accept();
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("revoked-summary").equals("Đã thu hồi (1)"));
        assertThat(admin.browser.findElements(By.xpath(BRIDGE_ROW))).as("among the live devices").isEmpty();
        assertThat(admin.text("saved")).isEqualTo("Đã thu hồi");
        assertThat(new Select(printerChoice()).getFirstSelectedOption().getText()).isEqualTo("Cầu nối máy kiosk (Đã thu hồi)");
        Floor.asAdmin().get("/api/devices/" + floor.center + "/" + bridge).then().body("revoked", org.hamcrest.Matchers.is(true));
    }

    @Test
    void shouldRevokeNothingWhenTheManagerThinksAgain() throws InterruptedException {
        Floor floor = Floor.create();
        String hall = KioskTestDevices.pair(floor, "HALL_SCREEN", null);
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("device-list").contains("HALL_SCREEN test"));

        admin.browser.findElement(By.xpath("//tbody[@id='device-list']/tr[td[1]='HALL_SCREEN test']//button[.='Thu hồi']")).click();
        admin.browser.switchTo().alert().dismiss();

        // a revoke sent late (after the dismiss) would show by now in the list and in the token
        Thread.sleep(1500);
        KioskTestDevices.asDevice(hall).get("/api/device").then().statusCode(200);
        Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200)
                .body("find { it.kind == 'HALL_SCREEN' }.revoked", org.hamcrest.Matchers.is(false));
        assertThat(admin.text("device-list")).doesNotContain("Đã thu hồi");
        assertThat(admin.shown("revoked-devices")).as("no revoked device to list").isFalse();
    }

    /** A box carried to another desk: moved from its row, by keyboard, asked first; thinking again moves nothing. */
    @Test
    void shouldMoveACounterScreenToTheCounterChosenInItsRow() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        String id = Floor.asAdmin().body(java.util.Map.of("kind", "COUNTER_SCREEN", "name", "Màn hình quầy", "counter", 1))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("id");
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("device-list").contains("Màn hình quầy"));
        WebElement row = admin.browser.findElement(By.xpath("//tbody[@id='device-list']/tr[td[1]='Màn hình quầy']"));
        WebElement choice = row.findElement(By.tagName("select"));
        assertThat(choice.getAttribute("aria-label")).isEqualTo("Màn hình quầy: Quầy mới");
        assertThat(new Select(choice).getFirstSelectedOption().getText()).isEqualTo("1");
        assertThat(org.onedoor.testing.Axe.seriousViolations(admin.browser)).as("the devices with a counter to choose").isEmpty();

        choice.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        WebElement move = row.findElement(By.xpath(".//button[.='Chuyển quầy']"));
        move.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(admin.browser.switchTo().alert().getText()).startsWith("Màn hình quầy: Chuyển màn hình này sang quầy 2?");
        admin.browser.switchTo().alert().dismiss();
        Floor.asAdmin().get("/api/devices/" + floor.center + "/" + id).then().body("counter", org.hamcrest.Matchers.is(1));
        move.sendKeys(org.openqa.selenium.Keys.ENTER);
        admin.browser.switchTo().alert().accept();

        admin.waitUntil(Duration.ofSeconds(5), () -> Integer.valueOf(2).equals(Floor.asAdmin()
                .get("/api/devices/" + floor.center + "/" + id).then().extract().path("counter")));
        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("saved").equals("Đã chuyển màn hình sang quầy 2."));
    }

    /** A screen named anew in its row; the revoked devices apart from the live ones, collapsed until opened. */
    @Test
    void shouldRenameADeviceInItsRowAndKeepTheRevokedOnesApart() {
        Floor floor = Floor.create();
        KioskTestDevices.pair(floor, "HALL_SCREEN", null);
        String kiosk = KioskTestDevices.asDevice(KioskTestDevices.pair(floor, "KIOSK", null)).get("/api/device")
                .then().extract().path("id");
        Floor.asAdmin().post("/api/devices/" + floor.center + "/" + kiosk + "/revoke").then().statusCode(200);
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("device-list").contains("HALL_SCREEN test"));

        assertThat(admin.text("device-list")).doesNotContain("KIOSK test");
        assertThat(admin.text("revoked-summary")).isEqualTo("Đã thu hồi (1)");
        assertThat(admin.shown("revoked-list")).as("collapsed").isFalse();
        admin.tap("#revoked-summary");
        admin.waitUntil(Duration.ofSeconds(3), () -> admin.text("revoked-list").contains("KIOSK test"));
        assertThat(admin.text("revoked-list")).doesNotContain("Thu hồi", "Đổi tên");

        WebElement row = admin.browser.findElement(By.xpath("//tbody[@id='device-list']/tr[td[1]='HALL_SCREEN test']"));
        row.findElement(By.xpath(".//button[.='Đổi tên']")).click();
        WebElement name = row.findElement(By.tagName("input"));
        assertThat(name.getAttribute("aria-label")).isEqualTo("Tên mới: HALL_SCREEN test");
        assertThat(admin.browser.switchTo().activeElement()).isEqualTo(name);
        assertThat(org.onedoor.testing.Axe.seriousViolations(admin.browser)).as("a device being renamed, the revoked ones open").isEmpty();
        Browser.screenshot(admin.browser, "admin-device-rename");
        name.clear();
        name.sendKeys("Màn hình cầu thang", org.openqa.selenium.Keys.ENTER);

        admin.waitUntil(Duration.ofSeconds(5), () -> admin.text("saved").equals("Đã đổi tên thiết bị thành “Màn hình cầu thang”."));
        admin.waitUntil(Duration.ofSeconds(5), () -> !admin.browser.findElements(
                By.xpath("//tbody[@id='device-list']/tr[td[1]='Màn hình cầu thang']")).isEmpty());
        assertThat(Floor.asAdmin().get("/api/devices/" + floor.center).then().extract().jsonPath()
                .getList("findAll { it.kind == 'HALL_SCREEN' }.name", String.class)).containsExactly("Màn hình cầu thang");
    }

    /** A kiosk pointed at a bridge that never started: its row says so, in the words of the bridge's own row. */
    @Test
    void shouldSayAKiosksBridgeNeverConnected() {
        Floor floor = Floor.create();
        KioskTestDevices.pair(floor, "BRIDGE", null);
        String kiosk = KioskTestDevices.asDevice(KioskTestDevices.pair(floor, "KIOSK", null)).get("/api/device")
                .then().extract().path("id");
        String bridgeId = Floor.asAdmin().get("/api/devices/" + floor.center).then().extract().path("find { it.kind == 'BRIDGE' }.id");
        Floor.asAdmin().body(java.util.Map.of("printer", bridgeId)).put("/api/devices/" + floor.center + "/" + kiosk + "/printer")
                .then().statusCode(200);
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");

        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("device-list").contains("KIOSK test"));
        assertThat(admin.browser.findElement(By.xpath("//tbody[@id='device-list']/tr[td[1]='BRIDGE test']")).getText())
                .contains("Chưa kết nối lần nào");
        assertThat(admin.browser.findElement(By.xpath("//tbody[@id='device-list']/tr[td[1]='KIOSK test']")).getText())
                .contains("Máy in phiếu (BRIDGE test): Chưa kết nối lần nào");
    }

    @Test
    void shouldSayInThePagesWordsWhatTheBridgeReportsAndKeepItsOwnForTheTechnician() throws Exception {
        Floor floor = Floor.create();
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        FloorClient link = FloorClient.open("/ws/bridge?token=" + bridge);
        link.send("{\"type\":\"Hello\",\"version\":1,\"printers\":[\"ticket\",\"receipt\"],\"displays\":[\"modbus\",\"tcp\"]}");
        link.send("{\"type\":\"Health\",\"printers\":[{\"name\":\"ticket\",\"online\":false,\"error\":\"Connection refused\"},"
                + "{\"name\":\"receipt\",\"online\":true,\"paper\":\"OUT\"}],"
                + "\"displays\":[{\"name\":\"modbus\",\"online\":true,\"error\":\"modbus:3: no answer from modbus unit 3\"},"
                + "{\"name\":\"tcp\",\"online\":true}]}");
        admin.waitUntil(Duration.ofSeconds(5), () -> "tcp".equals(Floor.asAdmin().get("/api/devices/" + floor.center)
                .then().extract().path("find { it.kind == 'BRIDGE' }.health.displays[1].name")));
        // a kiosk that prints on it: its row says what its printer is, not only the bridge's
        String kiosk = KioskTestDevices.asDevice(KioskTestDevices.pair(floor, "KIOSK", null)).get("/api/device")
                .then().extract().path("id");
        String bridgeId = KioskTestDevices.asDevice(bridge).get("/api/device").then().extract().path("id");
        Floor.asAdmin().body(java.util.Map.of("printer", bridgeId)).put("/api/devices/" + floor.center + "/" + kiosk + "/printer")
                .then().statusCode(200);
        Sessions.signIn(admin, floor.user("MANAGER"), "/admin");

        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("device-list").contains("BRIDGE test"));
        String row = admin.browser.findElement(By.xpath("//tbody[@id='device-list']/tr[td[1]='BRIDGE test']")).getText();
        assertThat(row).contains("ticket: Mất kết nối (Connection refused) · receipt: Hết giấy · "
                + "modbus: Có bảng số không phản hồi (modbus:3: no answer from modbus unit 3) · tcp: Sẵn sàng");
        assertThat(admin.browser.findElement(By.xpath("//tbody[@id='device-list']/tr[td[1]='KIOSK test']")).getText())
                .contains("Máy in phiếu (BRIDGE test): Mất kết nối");

        // the kiosk PC switched off: its last report is not read as the state of things now
        link.close();
        admin.waitUntil(Duration.ofSeconds(10), () -> {
            sightings.write().await().atMost(Duration.ofSeconds(10));
            return Boolean.FALSE.equals(Floor.asAdmin().get("/api/devices/" + floor.center)
                    .then().extract().path("find { it.kind == 'BRIDGE' }.online"));
        });
        admin.browser.navigate().refresh();
        admin.waitUntil(Duration.ofSeconds(10), () -> admin.text("device-list").contains("BRIDGE test"));
        String gone = admin.browser.findElement(By.xpath("//tbody[@id='device-list']/tr[td[1]='BRIDGE test']")).getText();
        assertThat(gone).contains("Máy in phiếu: Mất kết nối").doesNotContain("Sẵn sàng", "Trực tuyến");
        // last seen in the center's clock (UTC+7), not the PC's (this browser runs in UTC)
        String seen = Floor.asAdmin().get("/api/devices/" + floor.center).then().extract().path("find { it.kind == 'BRIDGE' }.lastSeenAt");
        assertThat(gone).contains(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
                .format(java.time.Instant.parse(seen).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
    }

    private static WebElement printerChoice() {
        return admin.browser.findElement(By.xpath("//tbody[@id='device-list']/tr[td[1]='KIOSK test']//select"));
    }

    private static final String BRIDGE_ROW = "//tbody[@id='device-list']/tr[td[1]='Cầu nối máy kiosk']";

    private static WebElement bridgeRow() {
        return admin.browser.findElement(By.xpath(BRIDGE_ROW));
    }
}
