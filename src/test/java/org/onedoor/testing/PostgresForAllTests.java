package org.onedoor.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Starts one embedded PostgreSQL for every @QuarkusTest (the resource is not class-restricted). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class PostgresForAllTests {

    private PostgresForAllTests() {
    }
}
