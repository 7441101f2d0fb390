package org.onedoor.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every page names its icon (/favicon.svg), but a browser shown something that is not one of our
 * pages (an API answer opened in a tab) still asks for /favicon.ico: sent on, not a 404 in the log.
 */
@Path("/favicon.ico")
public class FaviconAddress {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public Response icon() {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/favicon.svg")).build();
    }
}
