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
}
