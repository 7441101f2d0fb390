package org.onedoor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.FloorClient;
import org.onedoor.testing.fuzz.CenterState;
import org.onedoor.testing.fuzz.FuzzCenter;
import org.onedoor.testing.fuzz.FuzzTargets;
import org.onedoor.testing.fuzz.RawWebSocket;
import org.onedoor.testing.fuzz.SocketFrames;
import org.onedoor.testing.fuzz.SocketFrames.Frame;

/**
 * Malformed frames on every WebSocket endpoint: the floor socket (as a kiosk), the bridge socket
 * (as the center's bridge) and the tracking socket. A socket may be closed for a protocol
 * violation; the server must not fail, no other socket may notice, and the center must be the
 * same afterwards. Seeded like {@link FuzzTest} ({@code -Dfuzz.seed}, {@code -Dfuzz.frames}).
 */
@QuarkusTest
class SocketFuzzTest {

    static final int FRAMES_PER_SOCKET = Integer.getInteger("fuzz.frames", 300);

    @Test
    void shouldSurviveMalformedFramesOnEverySocketAndChangeNothing() throws Exception {
        FuzzCenter center = FuzzCenter.create();
        FuzzTargets t = center.targets();
        FloorClient bystander = FloorClient.connect(center.code(), t.kioskToken(), null);
        assertThat(bystander.next().get("type").asText()).isEqualTo("Snapshot");
        CenterState before = CenterState.of(center.code(), center.tickets());
        List<String> endpoints = List.of("/ws/centers/" + center.code() + "/floor?token=" + t.kioskToken(),
                "/ws/bridge?token=" + t.bridgeToken(), "/ws/track/" + t.trackingToken(), "/ws/track/no-such-token",
                "/ws/track/%00", "/ws/centers/%00/floor?token=" + t.kioskToken());

        SocketFrames frames = new SocketFrames(FuzzTest.SEED);
        List<String> closedBy = new ArrayList<>();
        int sent = 0;
        for (String endpoint : endpoints) {
            RawWebSocket socket = RawWebSocket.open(endpoint);
            for (int i = 0; i < FRAMES_PER_SOCKET && socket != null; i++) {
                Frame frame = frames.next();
                sent++;
                if (!sendAndSurvive(socket, frame)) {
                    closedBy.add(endpoint.replaceAll("token=.*", "token=…") + " " + frame.what() + " -> " + socket.closeCode());
                    socket.close();
                    socket = RawWebSocket.open(endpoint);
                }
            }
            if (socket != null) {
                socket.close();
            }
        }
        System.out.printf("Socket fuzz: %d frames, %d sockets closed by the server%n", sent, closedBy.size());
        closedBy.stream().distinct().limit(30).forEach(c -> System.out.println("  closed: " + c));

        given().get("/q/health/live").then().statusCode(200);
        bystander.send("ping");
        assertThat(typesUntilPong(bystander)).as("the bystander screen still talks").endsWith("Pong");
        assertThat(FloorClient.connect(center.code(), t.kioskToken(), null).next().get("type").asText()).isEqualTo("Snapshot");
        assertThat(before.differences(CenterState.of(center.code(), center.tickets()))).as("what the frames changed").isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(1_000);
    }

    /** The types of the frames the client gets up to its Pong (a bridge's printer reports come first). */
    private static List<String> typesUntilPong(FloorClient client) {
        List<String> types = new ArrayList<>();
        while (types.isEmpty() || !types.get(types.size() - 1).equals("Pong")) {
            types.add(client.next().get("type").asText());
        }
        return types;
    }

    /** Sends the frame; false when the server closed the socket (for this frame or earlier). */
    private static boolean sendAndSurvive(RawWebSocket socket, Frame frame) {
        try {
            socket.send(frame.opcode(), frame.payload(), frame.fin(), frame.masked(), frame.rsv());
        } catch (IOException e) {
            return false;
        }
        return socket.alive(15);
    }
}
