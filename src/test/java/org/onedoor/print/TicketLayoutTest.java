package org.onedoor.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/** A center's own ticket layout: lines above and below, a logo, a preview; managers only. */
@QuarkusTest
class TicketLayoutTest {

    @Test
    void shouldKeepTheCentersLinesAndLogoAndDrawThemOnTheTicket() throws IOException {
        Floor floor = Floor.create();
        String manager = floor.user("MANAGER");
        String layout = floor.path("/ticket-layout");
        int plainHeight = preview(floor, manager).getHeight();

        floor.as(manager).body(Map.of("header", List.of("Ủy ban nhân dân xã Tân Phong", " "), "footer", List.of("Hotline 1900 1234")))
                .put(layout).then().statusCode(200)
                .body("header", is(List.of("Ủy ban nhân dân xã Tân Phong"))).body("footer", is(List.of("Hotline 1900 1234")))
                .body("logo", is(false));
        int withLines = preview(floor, manager).getHeight();
        assertThat(withLines).isGreaterThan(plainHeight);

        byte[] logo = png(300, 120);
        floor.as(manager).contentType("image/png").body(logo).put(layout + "/logo").then().statusCode(200).body("logo", is(true));
        assertThat(floor.as(manager).get(layout + "/logo").then().statusCode(200).contentType("image/png").extract().asByteArray())
                .isEqualTo(logo);
        BufferedImage withLogo = preview(floor, manager);
        assertThat(withLogo.getHeight()).as("the logo is drawn on top").isGreaterThan(withLines + 100);
        assertThat(withLogo.getRGB(withLogo.getWidth() / 2, 40) & 0xffffff).as("a black logo prints black").isZero();

        floor.as(manager).delete(layout + "/logo").then().statusCode(200).body("logo", is(false));
        floor.as(manager).get(layout + "/logo").then().statusCode(404);
        floor.as(manager).get(layout).then().statusCode(200).body("header[0]", is("Ủy ban nhân dân xã Tân Phong"));
    }

    @Test
    void shouldRefuseBadLayoutsAndStaffWhoAreNotManagers() throws IOException {
        Floor floor = Floor.create();
        Floor other = Floor.create();
        String layout = floor.path("/ticket-layout");
        Floor.asAdmin().body(Map.of("header", List.of("1", "2", "3", "4", "5"))).put(layout).then().statusCode(400)
                .contentType("application/problem+json");
        Floor.asAdmin().body(Map.of("footer", List.of("x".repeat(81)))).put(layout).then().statusCode(400);
        Floor.asAdmin().contentType("image/png").body("not a picture".getBytes()).put(layout + "/logo").then().statusCode(400)
                .contentType("application/problem+json");
        Floor.asAdmin().contentType("image/png").body(new byte[300 * 1024]).put(layout + "/logo").then().statusCode(400);
        // a GIF chosen on the page: refused in the page's words, not the framework's
        Floor.asAdmin().contentType("image/gif").header("Accept-Language", "vi").body("GIF89a".getBytes()).put(layout + "/logo")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", is("Không nhận loại nội dung này: logo là ảnh PNG hoặc JPEG, đoạn ghi âm là tệp OGG, MP3,"
                        + " WAV, MP4 hoặc WebM, dữ liệu là JSON hoặc CSV như tài liệu API ghi."));
        floor.as(floor.user("OFFICER")).body(Map.of("header", List.of("x"))).put(layout).then().statusCode(403);
        other.as(other.user("MANAGER")).body(Map.of("header", List.of("x"))).put(layout).then().statusCode(403);
        Floor.asAdmin().get(layout).then().statusCode(200).body("header", is(List.of()));
    }

    private static BufferedImage preview(Floor floor, String manager) throws IOException {
        byte[] png = floor.as(manager).get(floor.path("/ticket-layout/preview")).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
