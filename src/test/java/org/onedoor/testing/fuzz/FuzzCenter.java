package org.onedoor.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onedoor.kiosk.KioskTestDevices;
import org.onedoor.testing.Floor;

/**
 * A center with something in every state: a ticket done, one called, one being served, one
 * waiting; two open counters; a kiosk, a counter screen and a bridge.
 */
public record FuzzCenter(String code, List<String> tickets, FuzzTargets targets) {

    public static FuzzCenter create() {
        Floor floor = Floor.create().fieldWithPrefix("HT", "A", 10).fieldWithPrefix("CT", "B", 10)
                .counter(1, "HT", "CT").counter(2, "HT").open(1).open(2);
        List<String> tickets = new ArrayList<>();
        String tracking = null;
        for (int i = 0; i < 4; i++) {
            var issued = floor.issue("HT");
            tickets.add(issued.getString("id"));
            tracking = issued.getString("trackingToken");
        }
        floor.serve(floor.callNext(1).getString("id"));
        floor.callNext(1);
        String serving = floor.callNext(2).getString("id");
        Floor.asAdmin().post("/api/tickets/" + serving + "/start").then().statusCode(200);
        String kiosk = KioskTestDevices.pair(floor, "KIOSK", null);
        String bridge = KioskTestDevices.pair(floor, "BRIDGE", null);
        String screen = Floor.asAdmin().body(Map.of("kind", "COUNTER_SCREEN", "name", "Màn hình quầy 2", "counter", 2))
                .post("/api/devices/" + floor.center).then().statusCode(201).extract().path("token");
        String device = Floor.asAdmin().get("/api/devices/" + floor.center).then().statusCode(200).extract().path("[0].id");
        String admin = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (Floor.ADMIN + ":" + Floor.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new FuzzCenter(floor.center, tickets, new FuzzTargets(floor.center, 1, tickets, tracking, "HT",
                "ELDERLY", device, admin, kiosk, screen, bridge));
    }
}
