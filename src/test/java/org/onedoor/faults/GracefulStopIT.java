package org.onedoor.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.NodeApi;
import org.onedoor.testing.ServerNode;

/**
 * A stop as systemd does it (SIGTERM) of the one-node default, right after a burst of changes: the
 * audit log writes its entries in batches every 200 ms, so the last ones still wait when the stop
 * comes. They are written before the embedded PostgreSQL stops, and are there after the restart.
 */
class GracefulStopIT {

    static final Path WORK = Path.of("target", "faults-it");
    static final String ADMIN_PASSWORD = "graceful-admin-password";
    static final String CENTER = "graceful";
    static final int CHANGES = 60;

    @Test
    void shouldWriteTheAuditOfEveryChangeBeforeAGracefulStop() throws Exception {
        Files.createDirectories(WORK);
        Path data = Files.createTempDirectory(WORK.toAbsolutePath(), "graceful-data");
        ServerNode node = ServerNode.start("graceful", WORK, ServerNode.embeddedDefault(data, ADMIN_PASSWORD));
        try {
            NodeApi api = new NodeApi(node, ADMIN_PASSWORD);
            api.createCenter(CENTER, 1);
            for (int i = 1; i <= CHANGES; i++) {
                api.send("PUT", "/api/centers/" + CENTER + "/counters/1", "{\"label\":\"Quầy số " + i + "\",\"fields\":[\"HT\"]}");
            }
            node.close();
            assertThat(Files.readString(WORK.resolve("graceful.log"))).as("the stop's log")
                    .doesNotContain("audit entries lost").doesNotContain("audit entries not written");

            node = node.startAgain();
            JsonNode audit = NodeApi.JSON.readTree(new NodeApi(node, ADMIN_PASSWORD).send("GET", "/api/audit?center=" + CENTER, null));
            int counterChanges = 0;
            for (JsonNode line : audit) {
                if ("PUT".equals(line.get("action").asText()) && line.get("target").asText().endsWith("/counters/1")) {
                    counterChanges++;
                }
            }
            assertThat(counterChanges).as("the counter's set-up and every change after it").isEqualTo(CHANGES + 1);
        } finally {
            node.close();
        }
    }
}
