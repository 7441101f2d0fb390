package org.onedoor.counter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.Floor;

/** A counter's LED board, as a manager types its address: one the bridge could never drive is refused. */
@QuarkusTest
class CounterDisplayAddressTest {

    @Test
    void shouldRefuseABoardAnotherCounterAlreadyHas() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        save(floor, 1, "modbus:3").then().statusCode(200);

        save(floor, 2, "modbus:3").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("counter 1"));
        save(floor, 1, "modbus:3").then().statusCode(200); // a counter's own board, saved again
        given().get(floor.path("/counters")).then().body("find { it.number == 2 }.displayAddress", nullValue());

        save(floor, 2, "MODBUS:003").then().statusCode(409); // the same board, spelt otherwise

        save(floor, 1, "").then().statusCode(200); // counter 1 gives it up: now counter 2 may have it
        save(floor, 2, "modbus:3").then().statusCode(200).body("displayAddress", is("modbus:3"));
    }

    @Test
    void shouldRefuseAnAddressNoBoardCanHave() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);
        for (String address : List.of("modbus:0", "modbus:248", "tcp:10.0.0.7:0", "tcp:10.0.0.7:99999")) {
            save(floor, 1, address).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString(address));
        }
        given().get(floor.path("/counters")).then().body("[0]", nullValue());
    }

    @Test
    void shouldKeepOneSpellingOfABoardTypedInCapitalsOrWithSpaces() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);

        save(floor, 1, " MODBUS:7 ").then().statusCode(200).body("displayAddress", is("modbus:7"));
        save(floor, 2, "modbus:247").then().statusCode(200);
        // a host as the bridge's configuration names it: the bridge matches it letter for letter
        save(floor, 3, "TCP:Display-3.local:04001").then().statusCode(200).body("displayAddress", is("tcp:Display-3.local:4001"));
    }

    private static io.restassured.response.Response save(Floor floor, int counter, String address) {
        return Floor.asAdmin().body(Map.of("label", "Quầy " + counter, "fields", List.of("HT"), "displayAddress", address))
                .put(floor.path("/counters/" + counter));
    }

    /** Where a counter's board is, kept across a rename or a change of fields; emptied, the counter has none. */
    @Test
    void shouldKeepWhereACountersLedDisplayIs() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10);

        Floor.asAdmin().body(Map.of("label", "Quầy 4", "fields", List.of("HT"), "displayAddress", "modbus:4"))
                .put(floor.path("/counters/4")).then().statusCode(200).body("displayAddress", is("modbus:4"));

        given().get(floor.path("/counters")).then().statusCode(200).body("[0].displayAddress", is("modbus:4"));
        Floor.asAdmin().body(Map.of("label", "Quầy 4", "fields", List.of("HT"), "displayAddress", "x".repeat(41)))
                .put(floor.path("/counters/4")).then().statusCode(400);

        // a script renaming the counter, or changing its fields, leaves its board lit
        Floor.asAdmin().body(Map.of("label", "Quầy 4 (Hộ tịch)", "fields", List.of("HT")))
                .put(floor.path("/counters/4")).then().statusCode(200).body("displayAddress", is("modbus:4"));
        Floor.asAdmin().body(Map.of("label", "Quầy 4", "fields", List.of("HT"), "displayAddress", ""))
                .put(floor.path("/counters/4")).then().statusCode(200).body("displayAddress", nullValue());
    }
}
