package org.onedoor.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Plain JDBC to the tests' PostgreSQL, for a test that changes rows behind the server's back. */
@ApplicationScoped
public class TestDatabase {

    @ConfigProperty(name = EmbeddedPostgresResource.JDBC_URL)
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, user, null);
    }
}
