package org.onedoor.print;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.print.TicketLayoutService.LayoutView;
import org.onedoor.security.Role;

/** The layout of a center's paper tickets: its logo and its own lines, with a preview. */
@Path("/api/centers/{center}/ticket-layout")
@Tag(name = "Centers")
@RolesAllowed({Role.ADMIN, Role.MANAGER})
public class TicketLayoutResource {

    /** @param header lines above the ticket, at most 4 of 80 characters; {@code footer} likewise below */
    public record LayoutLines(List<String> header, List<String> footer) {
    }

    @Inject
    TicketLayoutService layouts;

    @Inject
    TicketPapers papers;

    @GET
    @Operation(summary = "The center's ticket layout: header and footer lines, whether it has a logo")
    public Uni<LayoutView> get(@PathParam("center") String center) {
        return layouts.get(center);
    }

    @PUT
    @Operation(summary = "Set the lines printed above and below every ticket")
    public Uni<LayoutView> update(@PathParam("center") String center, @NotNull LayoutLines lines) {
        return layouts.update(center, lines.header(), lines.footer());
    }

    @PUT
    @Path("/logo")
    @Consumes({"image/png", "image/jpeg"})
    @Operation(summary = "Set the logo printed on top of every ticket (PNG or JPEG, at most 256 KB)")
    public Uni<LayoutView> setLogo(@PathParam("center") String center, byte[] image) {
        return layouts.setLogo(center, image);
    }

    @DELETE
    @Path("/logo")
    @Operation(summary = "Print tickets without a logo")
    public Uni<LayoutView> removeLogo(@PathParam("center") String center) {
        return layouts.removeLogo(center);
    }

    @GET
    @Path("/logo")
    @Produces({"image/png", "image/jpeg", "application/octet-stream"})
    @Operation(summary = "The logo as it was uploaded")
    public Uni<Response> logo(@PathParam("center") String center) {
        return layouts.logo(center).map(bytes -> Response.ok(bytes, bytes.length > 1 && bytes[0] == (byte) 0x89
                ? "image/png" : "image/jpeg").build());
    }

    @GET
    @Path("/preview")
    @Produces("image/png")
    @Operation(summary = "A sample ticket printed with this layout, as a picture")
    public Uni<Response> preview(@PathParam("center") String center, @Context UriInfo uri) {
        String server = uri.getBaseUri().toString().replaceAll("/$", "");
        // drawing takes milliseconds of CPU: on a worker, once the session is closed
        return layouts.sample(center).emitOn(Infrastructure.getDefaultWorkerPool()).map(sample ->
                Response.ok(PaperResource.png(papers.picture(sample.ticket(), sample.layout(), server)), "image/png").build());
    }
}
