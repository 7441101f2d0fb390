package org.onedoor.counter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/** A counter's settings changed by a manager while its officer opens it. */
@QuarkusTest
class CounterSettingsTest {

    @Test
    void shouldKeepTheOfficersOpeningWhenTheManagerRelabelsTheCounterAtTheSameTime() throws Exception {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT");
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                String label = "Quầy 1 – lượt " + round;
                Future<Integer> relabel = both.submit(() -> Floor.asAdmin().body(Map.of("label", label, "fields", List.of("HT")))
                        .put(floor.path("/counters/1")).statusCode());
                Future<Integer> open = both.submit(() -> Floor.asAdmin().post(floor.path("/counters/1/open")).statusCode());
                assertThat(List.of(relabel.get(), open.get())).containsOnly(200);

                JsonPath counter = Floor.asAdmin().get(floor.path("/counters")).then().statusCode(200).extract().jsonPath();
                assertThat(counter.getString("find { it.number == 1 }.state")).as("round %d", round).isEqualTo("OPEN");
                assertThat(counter.getString("find { it.number == 1 }.label")).as("round %d", round).isEqualTo(label);
                Floor.asAdmin().post(floor.path("/counters/1/close")).then().statusCode(200);
            }
        } finally {
            both.shutdownNow();
        }
    }
}
