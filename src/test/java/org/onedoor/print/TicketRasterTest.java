package org.onedoor.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onedoor.floor.TicketPrint;

/** The paper ticket's picture, drawn without a server. */
class TicketRasterTest {

    static final TicketRaster.Words WORDS = new TicketRaster.Words() {
        @Override
        public String counters(String counters) {
            return "Quầy phục vụ: " + counters;
        }

        @Override
        public String ahead(int ahead) {
            return "Số người trước quý vị: " + ahead;
        }

        @Override
        public String estimate(int minutes) {
            return "Thời gian chờ dự kiến: " + minutes + " phút";
        }

        @Override
        public String noCounterOpen() {
            return "Chưa có quầy nào mở; số sẽ được gọi khi quầy mở";
        }

        @Override
        public String track() {
            return "Quét mã để theo dõi lượt của quý vị";
        }
    };

    /**
     * The longest names a center may give (its own, a field's in Vietnamese and in the citizen's
     * language), fourteen counters, a logo and the four lines above and below a layout allows make a
     * ticket longer than the usual 1,600 dots: every line is still drawn, the last one below too.
     */
    @Test
    void shouldDrawEveryLineOfTheLongestTicket() {
        List<String> lines = IntStream.rangeClosed(1, 4)
                .mapToObj(n -> (n + " Ủy ban nhân dân xã Tân Phong, huyện Tân Uyên, tỉnh Lai Châu, điện thoại 0213 3876 543")
                        .substring(0, 80))
                .toList();
        BufferedImage threeBelow = render(lines, lines.subList(0, 3));
        BufferedImage fourBelow = render(lines, lines);

        assertThat(threeBelow.getHeight()).as("longer than the usual 1,600 dots").isGreaterThan(1600);
        assertThat(fourBelow.getHeight()).as("the fourth line below is on the paper").isGreaterThan(threeBelow.getHeight() + 20);
        assertThat(IntStream.range(fourBelow.getHeight() - 10, fourBelow.getHeight())
                .allMatch(y -> IntStream.range(0, fourBelow.getWidth()).allMatch(x -> (fourBelow.getRGB(x, y) & 0xffffff) == 0xffffff)))
                .as("nothing cut at the bottom: its last rows are the blank margin").isTrue();
    }

    private static BufferedImage render(List<String> header, List<String> footer) {
        String longName = "Trung tâm Phục vụ hành chính công xã Tân Phong, huyện Tân Uyên, tỉnh Lai Châu ".repeat(3).strip();
        TicketPrint print = new TicketPrint(longName, "A123", "HT",
                Map.of("vi", "Hộ tịch, chứng thực, đăng ký kết hôn, khai sinh, khai tử và các thủ tục liên quan ".repeat(2).strip(),
                        "en", "Civil status, certification, marriage, birth and death registration and related procedures"),
                null, IntStream.rangeClosed(1, 14).boxed().toList(), 37, 95, false, LocalDateTime.of(2026, 12, 6, 8, 30), "en",
                "/t/abcdefghijklmnopqrstuv");
        BufferedImage logo = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        return TicketRaster.render(print, "http://onedoor.local:8080" + print.trackingPath(), TicketRaster.WIDTH_80MM, WORDS,
                logo, header, footer);
    }
}
