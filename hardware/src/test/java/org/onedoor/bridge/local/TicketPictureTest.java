package org.onedoor.bridge.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local ticket's picture, drawn headless with the server's fonts taken into the bridge's build. */
class TicketPictureTest {

    /** Every Vietnamese letter, lower and upper case (the precomposed block and the ones outside it). */
    static final String VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ";

    static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (r * 299 + g * 587 + b * 114) / 1000 < 128;
    }

    private static LocalTicket ticket(String code, String field, List<String> lines) {
        return new LocalTicket("offline:c:d:" + code, "Trung tâm Phục vụ hành chính công xã Đông Hưng", code, field,
                "09:41 01/12/2026", lines);
    }

    private static int blackIn(BufferedImage img, int x0, int x1) {
        int black = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                black += dark(img.getRGB(x, y)) ? 1 : 0;
            }
        }
        return black;
    }

    @Test
    void theBuildCarriesFontsWithEveryVietnameseLetter() throws Exception {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue(); // as the bridge runs (Main, surefire's argLine)
        for (String name : List.of("print/NotoSans-Regular.ttf", "print/NotoSans-Bold.ttf")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                assertThat(font.canDisplayUpTo(VIETNAMESE)).as(name).isEqualTo(-1);
            }
        }
        assertThat(getClass().getClassLoader().getResource("print/OFL.txt")).isNotNull();
    }

    @Test
    void drawsAPaperWideTicketWithTheCodeLarge() {
        BufferedImage small = TicketPicture.draw(ticket("A990", "Hộ tịch", List.of()));
        assertThat(small.getWidth()).isEqualTo(576);
        assertThat(blackIn(small, 0, 576)).isGreaterThan(5_000);
        // the page's lines make the ticket longer, one wrapped line after another
        BufferedImage more = TicketPicture.draw(ticket("A990", "Hộ tịch",
                List.of("Máy chủ tạm gián đoạn: số của quý vị đã được giữ.", "Xin vui lòng chờ gọi số.")));
        assertThat(more.getHeight()).isGreaterThan(small.getHeight() + 40);
    }

    @Test
    void longTextStaysOnThePaper() {
        String word = "Đ".repeat(200);
        BufferedImage img = TicketPicture.draw(ticket("A" + "9".repeat(199), word, List.of(word, word, word, word)));
        assertThat(img.getWidth()).isEqualTo(576);
        // the 12-dot margins stay white: long codes are made smaller, long words broken
        assertThat(blackIn(img, 0, 10)).isZero();
        assertThat(blackIn(img, 566, 576)).isZero();
        assertThat(img.getHeight()).isLessThan(2400);
    }

    @Test
    void theEscPosBytesAreRasterBandsThenACut() {
        BufferedImage img = TicketPicture.draw(ticket("B12", null, List.of()));
        byte[] bytes = RasterEscPos.ticket(img);
        int bands = (img.getHeight() + RasterEscPos.BAND_ROWS - 1) / RasterEscPos.BAND_ROWS;
        assertThat(bytes).hasSize(2 + bands * 8 + 72 * img.getHeight() + 7);
        assertThat(bytes).startsWith(0x1b, 0x40, 0x1d, 0x76, 0x30, 0x00, 72, 0, RasterEscPos.BAND_ROWS, 0);
        assertThat(bytes).endsWith(0x1b, 0x64, 0x04, 0x1d, 0x56, 0x42, 0x00);
    }
}
