package org.onedoor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void shouldReadAUrlWithCredentials() {
        var props = DatabaseLocation.parse("postgresql://onedoor:s3cret@db.local:6543/queue", null, null)
                .quarkusProperties();

        assertThat(props).containsEntry("quarkus.datasource.reactive.url", "postgresql://db.local:6543/queue")
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.local:6543/queue")
                .containsEntry("quarkus.datasource.username", "onedoor")
                .containsEntry("quarkus.datasource.password", "s3cret");
    }

    @Test
    void shouldReadAJdbcUrlWithSeparateCredentialsAndTheDefaultPort() {
        var props = DatabaseLocation.parse("jdbc:postgresql://10.0.0.5/onedoor?sslmode=require", "app", "pw")
                .quarkusProperties();

        assertThat(props).containsEntry("quarkus.datasource.reactive.url", "postgresql://10.0.0.5:5432/onedoor?sslmode=require")
                .containsEntry("quarkus.datasource.username", "app").containsEntry("quarkus.datasource.password", "pw");
    }

    @Test
    void shouldRefuseAUrlForAnotherDatabase() {
        assertThatThrownBy(() -> DatabaseLocation.parse("mysql://localhost/db", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ONEDOOR_DB_URL");
    }
}
