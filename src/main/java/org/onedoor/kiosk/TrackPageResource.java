package org.onedoor.kiosk;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The short link printed on tickets as a QR code: {@code /t/<tracking token>} is the tracking
 * page itself (kiosk-ui/track.html), which reads the token from its own address.
 */
@Path("/t/{token}")
@Tag(name = "Public tracking")
public class TrackPageResource {

    private static final String PAGE = "META-INF/resources/kiosk/track.html";

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The public tracking page of one ticket (HTML, live over /ws/track/{token})")
    public String page(@PathParam("token") String token) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
