package org.onedoor.counter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.Page;
import org.onedoor.testing.Sessions;
import org.onedoor.testing.TcpProxy;
import org.openqa.selenium.By;

/** An officer at the counter workspace and the hall screen, each in its own headless Chromium. */
@QuarkusTest
class CounterWorkspaceTest {

    static Page desk;
    static Page hall;

    @BeforeAll
    static void startBrowsers() {
        desk = new Page(Browser.screen(1280, 900));
        hall = new Page(Browser.screen(1280, 720));
    }

    @AfterAll
    static void stopBrowsers() {
        desk.browser.quit();
        hall.browser.quit();
    }

    @Test
    void shouldSignInCallCompleteAndChangeTheHallBoard() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        floor.issue("HT");
        floor.issue("HT");
        String hallToken = floor.hallScreen();
        hall.browser.get(base() + "/display/hall.html?token=" + hallToken);
        hall.waitUntil(Duration.ofSeconds(15), () -> Boolean.TRUE.equals(hall.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.connection.lastSeq !== null)")));

        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();
        desk.tap("#open");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đang mở"));
        assertThat(desk.text("waiting")).contains("2");

        desk.browser.findElement(By.tagName("body")).sendKeys("n"); // the call-next shortcut
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A001"));
        hall.waitUntil(Duration.ofSeconds(3), () -> boardTiles().contains("Quầy 1 A001"));
        desk.tap("#start");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-state").equals("Đang phục vụ"));
        desk.tap("#complete");

        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("—"));
        hall.waitUntil(Duration.ofSeconds(3), () -> boardTiles().contains("Quầy 1 —"));
        assertThat(desk.shown("slip")).as("the result appointment slip is offered").isTrue();
        assertThat(desk.text("waiting")).contains("1");
        Browser.screenshot(desk.browser, "counter-workspace");

        // the next citizen: the last one's slip goes (its code would go on this one's paper), and
        // their own starts without the last receipt number; a transfer cannot go to this counter
        desk.browser.findElement(By.id("slip-receipt")).sendKeys("000.00.12.H01-261207-0001");
        desk.tap("#next");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A002"));
        assertThat(desk.shown("slip")).isFalse();
        assertThat(desk.shown("done")).isFalse();
        assertThat(desk.browser.findElement(By.cssSelector("#transfer-counter option[value='1']")).isEnabled()).isFalse();
        assertThat(desk.browser.findElement(By.cssSelector("#transfer-counter option[value='2']")).isEnabled()).isTrue();
        desk.tap("#start");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-state").equals("Đang phục vụ"));
        desk.tap("#complete");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.shown("slip"));
        assertThat(desk.text("done")).contains("A002");
        assertThat(desk.browser.findElement(By.id("slip-receipt")).getAttribute("value")).isEmpty();
    }

    /**
     * The procedure box offers the citizen's field's procedures by name (it took only a code an
     * officer had to know), and the result slip names the procedure, not only its code.
     */
    @Test
    void shouldOfferTheFieldsProceduresByNameAndNameItOnTheSlip() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5).counter(1, "HT");
        Floor.asAdmin().body(List.of(Map.of("code", "1.001193", "name_vi", "Đăng ký khai sinh", "field", "HT"),
                Map.of("code", "2.000815", "name_vi", "Chứng thực bản sao từ bản chính", "field", "CT")))
                .post(floor.path("/procedures/import")).then().statusCode(200);
        floor.issue("HT");
        String officer = floor.user("OFFICER");
        floor.as(officer).post(floor.path("/counters/1/open")).then().statusCode(200);
        Sessions.signIn(desk, officer, "/counter");
        awaitWorkspace();
        desk.tap("#next");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A001"));

        desk.waitUntil(Duration.ofSeconds(5), () -> options("procedure-list").equals(List.of("1.001193")));
        assertThat(labels("procedure-list")).containsExactly("Đăng ký khai sinh");
        desk.tap("#start");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-state").equals("Đang phục vụ"));
        desk.browser.findElement(By.id("procedure")).sendKeys("1.001193");
        desk.tap("#complete");

        desk.waitUntil(Duration.ofSeconds(3), () -> desk.shown("slip"));
        assertThat(desk.browser.findElement(By.id("slip-procedure")).getAttribute("value")).isEqualTo("Đăng ký khai sinh (1.001193)");
    }

    /** The header greets the officer by the name colleagues know, not by the sign-in username. */
    @Test
    void shouldGreetTheOfficerByTheirDisplayName() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Sessions.signIn(desk, floor.user("OFFICER", "Nguyễn Thị Lan"), "/counter");
        awaitWorkspace();

        assertThat(desk.browser.findElement(By.cssSelector("header .user")).getText())
                .isEqualTo("Nguyễn Thị Lan · Trung tâm thử " + floor.center); // the center by its name, not its code
    }

    @SuppressWarnings("unchecked")
    private static List<String> enabled() {
        return (List<String>) desk.browser.executeScript("return ['next', 'recall', 'start', 'no-show', 'complete',"
                + " 'transfer', 'call', 'open', 'pause', 'close'].filter(id => !document.getElementById(id).disabled)");
    }

    /**
     * The officer pressed Complete and the answer was lost on the way, but the server completed the
     * ticket: the floor socket's TicketDone offers the citizen's result slip all the same.
     */
    @Test
    void shouldOfferTheResultSlipWhenTheCompletionCameOnlyByTheFloorSocket() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER");
        floor.issue("HT");
        Sessions.signIn(desk, officer, "/counter");
        awaitWorkspace();
        openAndCallA001();
        desk.tap("#start");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-state").equals("Đang phục vụ"));
        assertThat(desk.shown("slip")).isFalse();

        String id = (String) desk.browser.executeScript("return window.onedoor.model.counters[1].nowServing.id");
        floor.as(officer).post("/api/tickets/" + id + "/complete")
                .then().statusCode(200); // what the page's own request did, its answer lost

        desk.waitUntil(Duration.ofSeconds(3), () -> desk.shown("slip"));
        assertThat(desk.text("done")).isEqualTo("Đã phục vụ xong số A001");
    }

    /** A counter and a field a manager adds while the officer works: in the officer's lists without reloading the page. */
    @Test
    void shouldListACounterAndAFieldAddedWhileTheOfficerWorks() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();

        floor.fieldWithPrefix("CT", "B", 10).counter(2, "CT");

        desk.waitUntil(Duration.ofSeconds(10), () -> options("counter").size() == 2);
        assertThat(options("transfer-counter")).containsExactly("", "1", "2");
        // a citizen sent to a closed desk waits for nobody: the list says which are not open
        assertThat(labels("transfer-counter")).containsExactly("—", "1 · Quầy đóng", "2 · Quầy đóng");
        floor.open(2);
        desk.waitUntil(Duration.ofSeconds(3), () -> labels("transfer-counter").contains("2"));
        assertThat(options("transfer-field")).containsExactlyInAnyOrder("", "HT", "CT");
        assertThat(desk.browser.executeScript("return window.onedoor.counter()")).as("the officer's own counter stays chosen")
                .isEqualTo(1L);
    }

    /** The counter chosen is taken off the floor: the page says so and chooses none, not another to open by mistake. */
    @Test
    void shouldChooseNoCounterWhenTheChosenOneIsTakenOff() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();
        new org.openqa.selenium.support.ui.Select(desk.browser.findElement(By.id("counter"))).selectByValue("2");

        Floor.asAdmin().delete(floor.path("/counters/2")).then().statusCode(204);

        desk.waitUntil(Duration.ofSeconds(10), () -> options("counter").equals(List.of("1")));
        assertThat(desk.text("problem")).isEqualTo("Quầy 2 đã được bỏ khỏi sảnh. Hãy chọn quầy bạn ngồi.");
        assertThat(desk.browser.executeScript("return window.onedoor.counter()")).isNull();
        assertThat(enabled()).doesNotContain("open", "next");
        // a layout change after it still chooses none for the officer
        floor.fieldWithPrefix("CT", "B", 10);
        desk.waitUntil(Duration.ofSeconds(10), () -> options("transfer-field").contains("CT"));
        assertThat(desk.browser.executeScript("return window.onedoor.counter()")).isNull();
    }

    /**
     * On a shared PC whose last user worked counter 1, an officer who holds counter 2 finds counter 2
     * on opening the page, not a colleague's counter that two presses of Open would take over.
     */
    @Test
    void shouldOpenOnTheCounterTheOfficerHoldsWhateverThePcRemembers() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT");
        String officer = floor.user("OFFICER");
        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();
        desk.browser.executeScript("localStorage.setItem('onedoor.counter.' + arguments[0], '1')", floor.center);
        floor.as(officer).post(floor.path("/counters/2/open")).then().statusCode(200);

        Sessions.signIn(desk, officer, "/counter");
        awaitWorkspace();

        assertThat(desk.browser.executeScript("return window.onedoor.counter()")).isEqualTo(2L);
        assertThat(desk.browser.findElement(By.id("counter")).getAttribute("value")).isEqualTo("2");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đang mở"));
    }

    /** On a PC that remembers no counter, the officer finds a free one, not a colleague's at counter 1. */
    @Test
    void shouldOpenANewPcOnACounterNobodyHolds() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").counter(3, "HT");
        String atCounter1 = floor.user("OFFICER");
        floor.as(atCounter1).post(floor.path("/counters/1/open")).then().statusCode(200);
        String onABreak = floor.user("OFFICER");
        floor.as(onABreak).post(floor.path("/counters/2/open")).then().statusCode(200);
        floor.as(onABreak).post(floor.path("/counters/2/pause")).then().statusCode(200);

        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();

        assertThat(desk.browser.executeScript("return window.onedoor.counter()")).as("1 open, 2 on a break: both held").isEqualTo(3L);
        // the picker says who holds each desk
        desk.waitUntil(Duration.ofSeconds(3), () -> labels("counter").get(0).endsWith(" · " + atCounter1));
        assertThat(labels("counter").get(1)).endsWith(" · " + onABreak);
        assertThat(labels("counter").get(2)).doesNotContain(" · ");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đóng"));
        // closed: Open is the main action, not a Next the server would refuse
        assertThat(desk.browser.findElement(By.id("open")).getAttribute("class")).contains("primary");
        assertThat(desk.browser.findElement(By.id("next")).getAttribute("class")).doesNotContain("primary");
        desk.tap("#open");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đang mở"));
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.browser.findElement(By.id("next")).getAttribute("class").contains("primary"));
        assertThat(desk.browser.findElement(By.id("open")).getAttribute("class")).doesNotContain("primary");
    }

    /** Until the workspace has drawn counter 1 from the floor socket. */
    private static void awaitWorkspace() {
        desk.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(desk.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.model.counters[1])")));
    }

    /** Opens counter 1 on the page and calls its first ticket, A001. */
    private static void openAndCallA001() {
        desk.tap("#open");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đang mở"));
        desk.tap("#next");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A001"));
    }

    @SuppressWarnings("unchecked")
    private List<String> labels(String select) {
        return (List<String>) desk.browser.executeScript(
                "return [...document.getElementById(arguments[0]).options].map(o => o.textContent)", select);
    }

    @SuppressWarnings("unchecked")
    private List<String> options(String select) {
        return (List<String>) desk.browser.executeScript(
                "return [...document.getElementById(arguments[0]).options].map(o => o.value)", select);
    }

    /**
     * A double click on "Recall" (or a key held down) sent two recalls: the hall said the number
     * twice, and the second counted towards the no-show. One action at a time; and "Next" with
     * nobody waiting says so.
     */
    @Test
    void shouldSendOneRecallForADoubleClickAndSayWhenNobodyWaits() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String id = floor.issue("HT").getString("id");
        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();
        openAndCallA001();

        desk.browser.executeScript("const r = document.getElementById('recall'); r.click(); r.click();");
        desk.waitUntil(Duration.ofSeconds(3), () -> !Boolean.TRUE.equals(desk.browser.executeScript(
                "return document.body.classList.contains('acting')")));
        assertThat(Floor.asAdmin().get("/api/tickets/" + id).then().statusCode(200).extract().<Integer>path("recallCount"))
                .isEqualTo(1);

        desk.tap("#start");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-state").equals("Đang phục vụ"));
        desk.tap("#complete");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("—"));
        desk.tap("#next");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("problem").equals("Không có ai đang chờ quầy này."));
    }

    /**
     * "Next" was lost on the way (the link came back without its request, and no answer ever
     * comes): the officer is told it may not have gone through, and can act again, instead of a
     * workspace whose buttons stay dimmed for minutes.
     */
    @Test
    void shouldLetTheOfficerActAgainWhenAnActionIsLostOnTheWay() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String id = floor.issue("HT").getString("id");
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            openCounterOneThrough(network, floor);

            network.stall();
            desk.tap("#next");
            Thread.sleep(1000);
            network.restoreDroppingHeld();
            desk.waitUntil(Duration.ofSeconds(25), () -> desk.text("problem").startsWith("Không liên lạc được với máy chủ"));
            desk.tap("#next");
            desk.waitUntil(Duration.ofSeconds(10), () -> "CALLED".equals(Floor.asAdmin().get("/api/tickets/" + id)
                    .then().statusCode(200).extract().path("state")));
        }
    }

    /** An officer signs in through this network and opens counter 1. */
    private static void openCounterOneThrough(TcpProxy network, Floor floor) {
        Sessions.signIn(desk, network.port(), floor.user("OFFICER"), "/counter");
        desk.waitUntil(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(desk.browser.executeScript(
                "return !!(window.onedoor && window.onedoor.model.counters[1])")));
        desk.tap("#open");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đang mở"));
    }

    /** The network cut under a press, then back: once the floor is live again, the line stops saying it is not. */
    @Test
    void shouldStopSayingTheServerIsUnreachableOnceTheLinkIsBack() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        floor.issue("HT");
        try (TcpProxy network = new TcpProxy(RestAssured.port)) {
            openCounterOneThrough(network, floor);

            network.cut();
            desk.tap("#next");
            desk.waitUntil(Duration.ofSeconds(15), () -> desk.text("problem").startsWith("Không liên lạc được với máy chủ"));
            network.restore();

            desk.waitUntil(Duration.ofSeconds(20), () -> !desk.shown("problem"));
        }
    }

    /**
     * A PC that shows another counter than its officer's (a fresh PC starts at counter 1): one
     * press of Open took a colleague's counter and the citizen at it. It now asks first.
     */
    @Test
    void shouldAskBeforeTakingOverACounterAndCitizenAnotherOfficerHas() throws InterruptedException {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        floor.issue("HT");
        String colleague = floor.user("OFFICER");
        floor.as(colleague).post(floor.path("/counters/1/open")).then().statusCode(200);
        floor.as(colleague).post(floor.path("/counters/1/call-next")).then().statusCode(200);
        String officer = floor.user("OFFICER");
        Sessions.signIn(desk, officer, "/counter");
        awaitWorkspace();
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A001"));

        // a double click: its second press is the same gesture, not a yes
        desk.browser.executeScript("const open = document.getElementById('open'); open.click(); open.click();");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.shown("problem"));
        assertThat(desk.text("problem")).isEqualTo("Quầy này đang do " + colleague
                + " phục vụ, số A001 đang ở quầy. Bấm Mở quầy lần nữa để nhận quầy và số A001.");
        Thread.sleep(1500); // longer than a takeover's request takes here
        Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200).body("[0].officer", org.hamcrest.Matchers.is(colleague));

        desk.tap("#open");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đang mở"));
        Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200).body("[0].officer", org.hamcrest.Matchers.is(officer));
        assertThat(desk.text("current-code")).as("the citizen at it, now this officer's").isEqualTo("A001");
    }

    /**
     * A colleague sends a citizen to this counter: the officer sees them waiting before calling,
     * from the snapshot as from the live count, and not among the field's own queue.
     */
    @Test
    void shouldShowTheCitizensSentToThisCounterAboveItsFields() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").counter(2, "HT").open(2);
        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();
        desk.tap("#open");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("counter-state").equals("Quầy đang mở"));
        String sent = floor.issue("HT").getString("id");
        floor.issue("HT");
        Floor.asAdmin().body(Map.of("counter", 1)).post("/api/tickets/" + sent + "/transfer").then().statusCode(200);

        desk.waitUntil(Duration.ofSeconds(3), () -> waitingList().startsWith("Chuyển riêng đến quầy này 1 người chờ"));
        assertThat(waitingList()).as("the field's own queue: the one sent here is counted once").contains("Lĩnh vực HT 1 người chờ");
        String third = floor.issue("HT").getString("id");
        Floor.asAdmin().body(Map.of("counter", 1)).post("/api/tickets/" + third + "/transfer").then().statusCode(200);
        desk.waitUntil(Duration.ofSeconds(3), () -> waitingList().startsWith("Chuyển riêng đến quầy này 2 người chờ"));
        desk.browser.navigate().refresh(); // drawn from the snapshot alone
        awaitWorkspace();
        desk.waitUntil(Duration.ofSeconds(3), () -> waitingList().startsWith("Chuyển riêng đến quầy này 2 người chờ"));

        desk.tap("#next");
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A001"));
        desk.waitUntil(Duration.ofSeconds(3), () -> waitingList().startsWith("Chuyển riêng đến quầy này 1 người chờ"));
    }

    /** The waiting list as one line: each entry's name, count and word are laid out apart. */
    private static String waitingList() {
        return desk.text("waiting").replaceAll("\\s+", " ");
    }

    /** The guidance desk wrote "wheelchair" for a citizen: the officer calling them must see it, and their priority group. */
    @Test
    void shouldShowTheCitizensPriorityGroupAndTheGuidanceDesksNote() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        Floor.asAdmin().body(Map.of("field", "HT", "priority", "DISABILITY", "note", "Xe lăn – cần hỗ trợ"))
                .post(floor.path("/tickets")).then().statusCode(201);
        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();
        assertThat(desk.shown("current-about")).as("nobody at the counter yet").isFalse();

        openAndCallA001();

        desk.waitUntil(Duration.ofSeconds(3), () -> desk.shown("current-about"));
        assertThat(desk.text("current-about")).isEqualTo("Ưu tiên: Người khuyết tật · Ghi chú: Xe lăn – cần hỗ trợ");
    }

    @Test
    void shouldShowTheServersRefusalWhenAnotherOfficerHasTheTicket() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        String officer = floor.user("OFFICER");
        Sessions.signIn(desk, officer, "/counter");
        awaitWorkspace();
        floor.callNext(1); // called by the admin, at the same counter

        desk.waitUntil(Duration.ofSeconds(3), () -> desk.text("current-code").equals("A001"));
        assertThat(desk.text("counter-state")).as("whose counter it is (by the name colleagues know), and how to take it over")
                .isEqualTo("Quầy đang mở · do Administrator phục vụ – bấm Mở quầy để nhận quầy");
        desk.tap("#close");

        desk.waitUntil(Duration.ofSeconds(3), () -> desk.shown("problem"));
        assertThat(desk.text("problem")).as("the server's refusal, in the page's language")
                .contains("Quầy 1 đang do Administrator phục vụ; muốn nhận quầy thì hãy mở quầy trước.");
    }

    @Test
    void shouldAlertTheOfficerWhenTheKioskPrinterRunsOutOfPaper() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String bridge = Floor.asAdmin().body(Map.of("kind", "BRIDGE", "name", "Kiosk lối vào"))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("token");
        Sessions.signIn(desk, floor.user("OFFICER"), "/counter");
        awaitWorkspace();
        assertThat(desk.shown("printer-alert")).isFalse();

        RestAssured.given().header("Authorization", "Bearer " + bridge).contentType("application/json")
                .body(Map.of("state", "OUT_OF_PAPER")).post("/api/device/printer").then().statusCode(204);
        desk.waitUntil(Duration.ofSeconds(3), () -> desk.shown("printer-alert"));
        assertThat(desk.text("printer-alert")).isEqualTo("Máy in phiếu Kiosk lối vào: hết giấy, xin thay cuộn giấy ngay");

        RestAssured.given().header("Authorization", "Bearer " + bridge).contentType("application/json")
                .body(Map.of("state", "READY")).post("/api/device/printer").then().statusCode(204);
        desk.waitUntil(Duration.ofSeconds(3), () -> !desk.shown("printer-alert"));
    }

    /** Signing out on another device ends every session: the open workspace goes to the sign-in page. */
    @Test
    void shouldGoToTheSignInPageWhenTheOfficerSignsOutElsewhere() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        String officer = floor.user("OFFICER");
        Sessions.signIn(desk, officer, "/counter");
        awaitWorkspace();

        Response phone = Sessions.signIn(officer, Floor.STAFF_PASSWORD, null);
        Sessions.signOut(phone).then().statusCode(303);

        desk.waitUntil(Duration.ofSeconds(5), () -> desk.browser.getCurrentUrl().contains("/login?next=%2Fcounter"));
    }

    @SuppressWarnings("unchecked")
    private static String boardTiles() {
        List<String> tiles = (List<String>) hall.browser.executeScript(
                "return Array.from(document.querySelectorAll('#counters .counter')).map(t => t.innerText.replace(/\\s+/g, ' '))");
        return String.join("|", tiles);
    }

    private static String base() {
        return "http://127.0.0.1:" + RestAssured.port;
    }
}
