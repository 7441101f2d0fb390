package org.onedoor.testing.fuzz;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends a {@link FuzzRequest} exactly as made (bytes, headers, method) with the JDK's client. */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What came back: status, media type (without parameters, lower case, "" if none) and body. */
    public record Answer(int status, String mediaType, String body) {
    }

    private RawHttp() {
    }

    public static Answer send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + request.target()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<byte[]> response;
            try {
                response = CLIENT.send(builder.build(), BodyHandlers.ofByteArray());
            } catch (java.io.IOException e) {
                // a connection the server closed after its last answer (a 414 or 413 closes it) and
                // the client took again from its pool: the request never reached the server
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                response = CLIENT.send(builder.build(), BodyHandlers.ofByteArray());
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            int semicolon = type.indexOf(';');
            return new Answer(response.statusCode(), (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("no answer to " + request.describe() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
