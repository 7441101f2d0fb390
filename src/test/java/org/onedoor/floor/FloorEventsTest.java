package org.onedoor.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Concurrently;
import org.onedoor.testing.Floor;
import org.onedoor.testing.PublishedEvents;

@QuarkusTest
class FloorEventsTest {

    @Inject
    PublishedEvents published;

    @Test
    void shouldNumberEachCentersEventsWithoutGapsWhenCentersWorkAtOnce() throws Exception {
        Floor a = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        Floor b = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        List<Callable<Integer>> kiosks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Floor floor = i % 2 == 0 ? a : b;
            kiosks.add(() -> floor.issue("HT").getInt("number"));
        }
        Concurrently.run(kiosks);

        for (Floor floor : List.of(a, b)) {
            JsonPath log = events(floor);
            // the set-up's field and counter (LayoutChanged), the counter opening and 10 tickets, each
            // followed by the queue it leaves
            assertThat(log.getList("seq", Long.class)).containsExactlyElementsOf(LongStream.rangeClosed(1, 24).boxed().toList());
            List<String> types = log.getList("type", String.class);
            assertThat(types.subList(0, 2)).containsOnly("LayoutChanged");
            for (int i = 3; i < 24; i += 2) {
                assertThat(types.get(i)).isEqualTo("QueueChanged");
            }
            assertThat(log.getInt("[23].body.fields[0].waiting")).isEqualTo(10);
        }
    }

    @Test
    void shouldPublishEveryCommittedEventAndNothingForARefusedAction() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        String id = floor.issue("HT").getString("id");
        floor.callNext(1);
        Floor.asAdmin().post("/api/tickets/" + id + "/complete").then().statusCode(409);
        Floor.asAdmin().post("/api/tickets/" + id + "/recall").then().statusCode(200);

        List<String> logged = events(floor).getList("type", String.class);
        assertThat(logged).containsExactly("LayoutChanged", "LayoutChanged", "CounterStateChanged", "QueueChanged",
                "TicketIssued", "QueueChanged", "TicketCalled", "QueueChanged", "TicketRecalled");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(published.of(floor.center)).hasSize(9));
        List<FloorEvent> sent = published.of(floor.center).stream()
                .sorted(Comparator.comparingLong(FloorEvent::seq)).toList();
        assertThat(sent).extracting(FloorEvent::type).containsExactlyElementsOf(logged);
        assertThat(sent).extracting(FloorEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        FloorEventBody.TicketRecalled recalled = (FloorEventBody.TicketRecalled) sent.get(8).body();
        assertThat(recalled.ticket().code()).isEqualTo("A001");
        assertThat(recalled.ticket().counter()).isEqualTo(1);
        assertThat(recalled.ticket().recallCount()).isEqualTo(1);
    }

    @Test
    void shouldReadTheLogAfterAGivenSequenceNumber() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).counter(1, "HT").open(1);
        floor.issue("HT");
        floor.issue("HT");
        floor.callNext(1);

        // the set-up's two LayoutChanged, the opening, two issues: 8 events, each action's queue after it
        JsonPath after8 = Floor.asAdmin().queryParam("after", 8).get(floor.path("/events")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(after8.getList("seq", Long.class)).containsExactly(9L, 10L);
        assertThat(after8.getString("[0].type")).isEqualTo("TicketCalled");
        assertThat(after8.getString("[0].body.ticket.code")).isEqualTo("A001");
        assertThat(after8.getString("[0].center")).isEqualTo(floor.center);
        assertThat(after8.getString("[1].type")).isEqualTo("QueueChanged");
        assertThat(after8.getString("[1].body.fields[0].field")).isEqualTo("HT");
        assertThat(after8.getInt("[1].body.fields[0].waiting")).isEqualTo(1);
        assertThat(after8.getInt("[1].body.fields[0].estimatedWaitMinutes")).isEqualTo(10);
        assertThat(after8.getInt("[1].body.fields[0].openCounters")).isEqualTo(1);
        Floor.asAdmin().queryParam("after", -1).get(floor.path("/events")).then().statusCode(400);
    }

    private static JsonPath events(Floor floor) {
        return Floor.asAdmin().get(floor.path("/events")).then().statusCode(200).extract().jsonPath();
    }
}
