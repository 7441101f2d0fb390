package org.onedoor.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.onedoor.common.Pages;

/**
 * The server's bare address (http://onedoor-server:8080/), which is what a newcomer and the
 * README open first: the sign-in form, or the page a signed-in member of staff works on, rather
 * than "not found". Screens and kiosks start from /display/ with their token.
 */
@Path("/")
public class RootAddress {

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Operation(summary = "Goes to the sign-in form, or to a signed-in member of staff's own page")
    public Response root() {
        String target = identity.isAnonymous() ? "/login" : Pages.landing(identity);
        return Response.seeOther(URI.create(target)).build();
    }
}
