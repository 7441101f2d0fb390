package org.onedoor.print;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;
import org.onedoor.security.Role;
import org.onedoor.ticket.TicketQueries;

/**
 * A ticket's paper copy as the printer gets it: ESC/POS bytes of the picture (the bridge's job),
 * or the picture itself as PNG (to look at, or to print from a browser).
 */
@Path("/api/tickets/{id}/paper")
@Tag(name = "Tickets")
public class PaperResource {

    @Inject
    TicketQueries queries;

    @Inject
    TicketPapers papers;

    @Inject
    TicketLayoutService layouts;

    @WithSession
    Uni<PaperLayout> layoutOf(UUID ticket) {
        return layouts.ofTicket(ticket);
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.GUIDE})
    @Operation(summary = "The paper ticket: ?format=escpos (default) or png, ?width=576 (80 mm) or 384 (58 mm)")
    public Uni<Response> paper(@PathParam("id") String id, @QueryParam("format") String format,
            @QueryParam("width") Integer width, @Context UriInfo uri) {
        int dots = width == null ? TicketRaster.WIDTH_80MM : width;
        if (dots != TicketRaster.WIDTH_80MM && dots != TicketRaster.WIDTH_58MM) {
            throw Problem.badParameter("width is 576 (80 mm paper) or 384 (58 mm).");
        }
        boolean png = "png".equals(format);
        if (format != null && !png && !"escpos".equals(format)) {
            throw Problem.badParameter("format is escpos or png.");
        }
        // drawing and encoding take milliseconds of CPU: not on the event loop
        UUID ticket = uuid(id);
        return queries.paper(ticket).chain(print -> layoutOf(ticket).map(layout -> Map.entry(print, layout)))
                .emitOn(Infrastructure.getDefaultWorkerPool()).map(paper -> {
            BufferedImage picture = papers.picture(paper.getKey(), paper.getValue(),
                    uri.getBaseUri().toString().replaceAll("/$", ""), dots);
            return png ? Response.ok(png(picture), "image/png").build()
                    : Response.ok(EscPos.ticket(picture), "application/octet-stream").build();
        });
    }

    static byte[] png(BufferedImage picture) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problem.notFound(w -> w.noTicketWithId(id));
        }
    }
}
