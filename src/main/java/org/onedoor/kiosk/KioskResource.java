package org.onedoor.kiosk;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a kiosk's home screen shows; public, like the catalogue it is made of. */
@Path("/api/centers/{center}/kiosk")
@Tag(name = "Kiosk", description = "The ticket kiosk: its home screen and the tickets it gives")
public class KioskResource {

    @Inject
    KioskService kiosk;

    @GET
    @Operation(summary = "Whether the center receives citizens now, and each field as a kiosk tile: takeable, or why not")
    public Uni<KioskView> view(@PathParam("center") String center) {
        return kiosk.view(center);
    }
}
