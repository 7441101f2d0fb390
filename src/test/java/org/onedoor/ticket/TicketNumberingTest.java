package org.onedoor.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Concurrently;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;

@QuarkusTest
class TicketNumberingTest {

    @Inject
    TestClock clock;

    @Test
    void shouldNumberWithoutGapOrDuplicateWhen50KiosksIssueAtOnce() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithBlock("DD", 1, 15);
        List<Callable<String>> kiosks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String field = i % 2 == 0 ? "HT" : "DD";
            kiosks.add(() -> floor.issue(field).getString("code"));
        }

        List<String> codes = Concurrently.run(kiosks);

        assertThat(codes).doesNotHaveDuplicates().hasSize(50);
        assertThat(codes.stream().filter(c -> c.startsWith("A")).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 25).mapToObj(n -> String.format("A%03d", n)).toList());
        assertThat(codes.stream().filter(c -> !c.startsWith("A")).sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 25).mapToObj(n -> String.valueOf(1000 + n)).toList());
    }

    @Test
    void shouldRestartNumbersOnTheNextServiceDay() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        floor.issue("HT");
        assertThat(floor.issue("HT").getString("code")).isEqualTo("A002");

        clock.advance(Duration.ofDays(1));

        var nextDay = floor.issue("HT");
        assertThat(nextDay.getString("code")).isEqualTo("A001");
        assertThat(nextDay.getInt("number")).isEqualTo(1);
    }

    @Test
    void shouldRefuseTicketsPastTheDailyCapWithoutLosingANumber() {
        Floor floor = Floor.create().field("HT", Map.of("names", Map.of("vi", "Hộ tịch"), "prefix", "A", "dailyCap", 2));
        floor.issue("HT");
        floor.issue("HT");

        Floor.asAdmin().body(Map.of("field", "HT")).post(floor.path("/tickets")).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("daily limit of 2"));

        floor.field("HT", Map.of("names", Map.of("vi", "Hộ tịch"), "dailyCap", 3));
        assertThat(floor.issue("HT").getString("code")).isEqualTo("A003");
        floor.field("HT", Map.of("names", Map.of("vi", "Hộ tịch")));
        Floor.asAdmin().body(Map.of("field", "HT")).post(floor.path("/tickets")).then().statusCode(409);

        floor.field("HT", Map.of("names", Map.of("vi", "Hộ tịch"), "dailyCap", 0));
        assertThat(floor.issue("HT").getString("code")).as("the cap removed").isEqualTo("A004");
        Floor.asAdmin().get(floor.path("/fields")).then().statusCode(200).body("[0].dailyCap", nullValue());
    }

    @Test
    void shouldNotIssueTicketsForAnInactiveField() {
        Floor floor = Floor.create().field("XD", Map.of("names", Map.of("vi", "Xây dựng"), "prefix", "F", "active", false));

        Floor.asAdmin().body(Map.of("field", "XD")).post(floor.path("/tickets")).then()
                .statusCode(409).body("detail", containsString("not taking tickets"));
    }

    @Test
    void shouldTakeTheFieldFromTheProcedure() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 5);
        Floor.asAdmin().contentType("text/csv; charset=UTF-8").body("code,name_vi,field\n1.001193,Đăng ký khai sinh,HT\n")
                .post(floor.path("/procedures/import")).then().statusCode(200);

        var ticket = Floor.asAdmin().body(Map.of("procedure", "1.001193")).post(floor.path("/tickets"))
                .then().statusCode(201).extract().jsonPath();

        assertThat(ticket.getString("field")).isEqualTo("HT");
        assertThat(ticket.getString("procedure")).isEqualTo("1.001193");
        Floor.asAdmin().body(Map.of("field", "CT", "procedure", "1.001193")).post(floor.path("/tickets")).then()
                .statusCode(400).body("detail", containsString("does not belong"));
    }
}
