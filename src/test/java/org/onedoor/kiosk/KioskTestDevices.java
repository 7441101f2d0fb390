package org.onedoor.kiosk;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.onedoor.testing.Floor;
import org.onedoor.testing.FloorClient;

/** Pairs devices for tests and calls the API as them. */
public final class KioskTestDevices {

    private KioskTestDevices() {
    }

    /** Pairs a device of this kind (a kiosk with the bridge {@code printer}, if given); its token. */
    public static String pair(Floor floor, String kind, String printer) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", kind + " test"));
        if (printer != null) {
            body.put("printer", printer);
        }
        return Floor.asAdmin().body(body).post("/api/devices/" + floor.center).then().statusCode(201)
                .extract().path("token");
    }

    public static RequestSpecification asDevice(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** A bridge of the floor's center, connected, its ticket printer announced (UNKNOWN until it reports on it). */
    public record ConnectedBridge(String id, FloorClient link) implements AutoCloseable {

        @Override
        public void close() {
            link.close();
        }
    }

    /** Pairs a bridge with the floor's center, connects it and says Hello with one ticket printer. */
    public static ConnectedBridge connectBridge(Floor floor) {
        String token = pair(floor, "BRIDGE", null);
        String id = asDevice(token).get("/api/device").then().extract().path("id");
        FloorClient link = FloorClient.open("/ws/bridge?token=" + token);
        link.send("{\"type\":\"Hello\",\"version\":1,\"printers\":[\"ticket\"],\"displays\":[]}");
        return new ConnectedBridge(id, link);
    }
}
