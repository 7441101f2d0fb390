package org.onedoor.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiDocsTest {

    @Test
    void shouldDocumentEveryEndpointInOpenApi() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");

        assertThat(paths).containsKeys("/api/centers", "/api/centers/{center}/fields",
                "/api/centers/{center}/procedures", "/api/centers/{center}/tickets", "/api/centers/{center}/queue",
                "/api/centers/{center}/counters/{counter}/call-next", "/api/centers/{center}/counters/{counter}/call",
                "/api/tickets/{id}/recall", "/api/tickets/{id}/start", "/api/tickets/{id}/complete",
                "/api/tickets/{id}/no-show", "/api/tickets/{id}/cancel", "/api/tickets/{id}/transfer",
                "/api/centers/{center}/counters/{counter}/open", "/api/centers/{center}/counters/{counter}/pause",
                "/api/centers/{center}/counters/{counter}/close", "/api/track/{token}");
        paths.forEach((path, operations) -> operations.values().forEach(op ->
                assertThat(((Map<?, ?>) op).get("summary")).as("summary of " + path).isNotNull()));
    }

    /** An integrator switching accounts off learns from the document what the answer names. */
    @Test
    void shouldDescribeTheCountersASwitchedOffAccountLeft() {
        JsonPath api = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();

        String schema = api.getString("paths.'/api/users/{username}/disable'.post.responses.'200'.content.'application/json'.schema.'$ref'");
        assertThat(schema).isNotNull();
        Map<String, Object> answer = api.getMap("components.schemas." + schema.substring(schema.lastIndexOf('/') + 1) + ".properties");
        assertThat(answer).containsOnlyKeys("closed", "stillServing");
    }
}
