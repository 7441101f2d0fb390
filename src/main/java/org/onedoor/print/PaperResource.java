package org.onedoor.print;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;
import org.onedoor.floor.TicketPrint;
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

    @GET
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.GUIDE})
    @Operation(summary = "The paper ticket: ?format=escpos (default) or png, ?width=576 (80 mm) or 384 (58 mm)")
    public Uni<Response> paper(@PathParam("id") String id, @QueryParam("format") String format,
            @QueryParam("width") Integer width, @Context UriInfo uri) {
        int dots = width == null ? TicketRaster.WIDTH_80MM : width;
        if (dots != TicketRaster.WIDTH_80MM && dots != TicketRaster.WIDTH_58MM) {
            throw Problem.badRequest("width is 576 (80 mm paper) or 384 (58 mm).");
        }
        boolean png = "png".equals(format);
        if (format != null && !png && !"escpos".equals(format)) {
            throw Problem.badRequest("format is escpos or png.");
        }
        // drawing and encoding take milliseconds of CPU: not on the event loop
        return queries.paper(uuid(id)).emitOn(Infrastructure.getDefaultWorkerPool()).map(print -> {
            BufferedImage picture = render(print, uri.getBaseUri().toString().replaceAll("/$", ""), dots);
            return png ? Response.ok(png(picture), "image/png").build()
                    : Response.ok(EscPos.ticket(picture), "application/octet-stream").build();
        });
    }

    /** The picture of a paper ticket, words in the citizen's language (Vietnamese if we have none). */
    public static BufferedImage render(TicketPrint print, String serverUrl, int width) {
        String lang = "en".equals(print.language()) ? "en" : "vi";
        PaperMessages m = MessageBundles.get(PaperMessages.class, Localized.Literal.of(lang));
        TicketRaster.Words words = new TicketRaster.Words() {
            @Override
            public String counters(String counters) {
                return m.counters(counters);
            }

            @Override
            public String ahead(int ahead) {
                return m.ahead(ahead);
            }

            @Override
            public String estimate(int minutes) {
                return m.estimate(minutes);
            }

            @Override
            public String track() {
                return m.track();
            }
        };
        return TicketRaster.render(print, serverUrl + print.trackingPath(), width, words, List.of(), List.of(m.please()));
    }

    private static byte[] png(BufferedImage picture) {
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
            throw Problem.notFound("No ticket with id " + id + ".");
        }
    }
}
