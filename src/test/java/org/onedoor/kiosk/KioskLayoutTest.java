package org.onedoor.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Browser;
import org.onedoor.testing.Floor;
import org.onedoor.testing.KioskPage;
import org.openqa.selenium.Dimension;

/**
 * A commune's eight fields, some with long names and every one's longest status, on the kiosk's
 * two screens: no pictogram or word past a tile's edge, every tile and the search button in
 * sight, in landscape and in portrait.
 */
@QuarkusTest
class KioskLayoutTest {

    static KioskPage kiosk;

    @BeforeAll
    static void startBrowser() {
        kiosk = new KioskPage(Browser.screen(1920, 1080));
    }

    @AfterAll
    static void stopBrowser() {
        kiosk.browser.quit();
    }

    /** Every tile's bottom and whether its content overflows it; where the search button and the home screen end. */
    private static final String MEASURE = """
            const tiles = Array.from(document.querySelectorAll('#tiles .tile')).map((t) => ({
              bottom: t.getBoundingClientRect().bottom,
              overflows: t.scrollHeight > t.clientHeight + 1 || t.scrollWidth > t.clientWidth + 1 }));
            const home = document.getElementById('home');
            return { tiles: tiles, searchBottom: document.getElementById('search-button').getBoundingClientRect().bottom,
              homeBottom: home.getBoundingClientRect().bottom, viewport: window.innerHeight };""";

    @Test
    void shouldFitACommunesEightFieldsOnTheHomeScreenInBothOrientations() throws IOException {
        Floor floor = Floor.create();
        String csv = new String(KioskLayoutTest.class.getResourceAsStream("/demo/fields.csv").readAllBytes(), StandardCharsets.UTF_8);
        int counter = 0;
        for (String line : csv.lines().skip(1).toList()) {
            String[] f = line.split(",");
            floor.field(f[0], Map.of("names", Map.of("vi", f[1], "en", f[2]), "prefix", f[3], "pictogram", f[4],
                    "colour", f[5], "serviceMinutes", Integer.parseInt(f[6])));
            floor.counter(++counter, f[0]); // closed: each tile says so, the longest status
            floor.issue(f[0]);
        }
        // and the long name of a real commune's center, whole in the header (two lines in portrait)
        Floor.asAdmin().body(Map.of("name", "Trung tâm Phục vụ hành chính công xã Tân Phong, tỉnh Lai Châu"))
                .patch("/api/centers/" + floor.center).then().statusCode(200);
        kiosk.open(RestAssured.port, KioskTest.pair(floor, "KIOSK", null), null);

        for (Dimension screen : List.of(new Dimension(1920, 1080), new Dimension(1080, 1920))) {
            kiosk.browser.manage().window().setSize(screen);
            kiosk.waitUntil(java.time.Duration.ofSeconds(5), () -> kiosk.browser.executeScript(
                    "return window.innerWidth < window.innerHeight").equals(screen.width < screen.height));
            // the fonts in (the header's name wraps by them), then the tiles fitted to what is left
            assertThat(Browser.textCut(kiosk.browser, "center-name")).as(screen + ": the center's name whole").isFalse();
            kiosk.browser.executeScript("window.dispatchEvent(new Event('resize'))");
            // two frames: a size the window reached in steps has been seen, and the tiles fitted to it
            kiosk.browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " requestAnimationFrame(() => requestAnimationFrame(done));");
            Browser.screenshot(kiosk.browser, "kiosk-eight-fields-" + screen.width + "x" + screen.height);

            @SuppressWarnings("unchecked")
            Map<String, Object> measured = (Map<String, Object>) kiosk.browser.executeScript(MEASURE);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tiles = (List<Map<String, Object>>) measured.get("tiles");
            assertThat(tiles).as("every field on the screen").hasSize(8);
            assertThat(tiles).as(screen + ": no tile's words or picture past its edge")
                    .allSatisfy(t -> assertThat(t.get("overflows")).isEqualTo(false));
            assertThat(number(measured.get("searchBottom"))).as(screen + ": the search button in sight")
                    .isLessThanOrEqualTo(number(measured.get("viewport")));
            double shown = Math.min(number(measured.get("homeBottom")), number(measured.get("viewport")));
            assertThat(tiles).as(screen + ": every tile in sight, none below the fold")
                    .allSatisfy(t -> assertThat(number(t.get("bottom"))).isLessThanOrEqualTo(shown + 1));
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
