package org.onedoor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void shouldReadAUrlWithCredentials() {
        var location = DatabaseLocation.parse("postgresql://onedoor:s3cret@db.local:6543/queue", null, null);

        assertThat(location.quarkusProperties())
                .containsEntry("quarkus.datasource.reactive.url", "postgresql://db.local:6543/queue")
                .containsEntry("quarkus.datasource.username", "onedoor")
                .containsEntry("quarkus.datasource.password", "s3cret");
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/queue");
    }

    @Test
    void shouldReadTheReactiveClientsOwnUrlForm() {
        var location = DatabaseLocation.parse("vertx-reactive:postgresql://db.local/queue", "app", null);

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5432/queue");
        assertThat(location.user()).isEqualTo("app");
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
