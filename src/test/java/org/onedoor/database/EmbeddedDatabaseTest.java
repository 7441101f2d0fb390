package org.onedoor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @Test
    void shouldReuseAServerStillRunningOnTheSameDataAndKeepItsData(@TempDir Path dir) throws Exception {
        EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0, false);
        try {
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.user(), null)) {
                c.createStatement().execute("CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
            }
            // What a dev-mode reload or a restart after kill -9 sees: the server is still up.
            EmbeddedDatabase again = EmbeddedDatabase.start(dir, 0, false);

            assertThat(again.port()).isEqualTo(first.port());
            try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.user(), null);
                    ResultSet rs = c.createStatement().executeQuery("SELECT n FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        } finally {
            first.stop();
        }
    }

    @Test
    void shouldStopTheServerItAdoptedSoThatARestartAfterACrashLeavesNoOrphan(@TempDir Path dir) throws Exception {
        EmbeddedDatabase orphan = EmbeddedDatabase.start(dir, 0, false); // as left behind by a killed node
        try {
            EmbeddedDatabase adopted = EmbeddedDatabase.start(dir, 0, false);
            assertThat(EmbeddedDatabase.accepts(adopted.port())).isTrue();

            adopted.stop();

            assertThat(EmbeddedDatabase.accepts(orphan.port())).as("the adopted server is stopped").isFalse();
            assertThat(dir.resolve("postmaster.pid")).doesNotExist();
            assertThat(EmbeddedDatabase.stopRunning(dir)).as("nothing left to stop").isFalse();
        } finally {
            if (EmbeddedDatabase.accepts(orphan.port())) { // the assertions failed before the stop
                orphan.stop();
            }
        }
    }
}
