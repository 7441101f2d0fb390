package org.onedoor.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.catalog.CatalogViews.FieldView;
import org.onedoor.common.ProblemDetail;
import org.onedoor.security.Role;

@Path("/api/centers/{center}/fields")
@Tag(name = "Catalogue", description = "Procedure fields of a center")
public class FieldResource {

    @Inject
    CatalogService catalog;

    @Inject
    CatalogImport imports;

    @GET
        @PermitAll
    @Operation(summary = "The center's fields, in display order")
    public Uni<List<FieldView>> fields(@PathParam("center") String center) {
        return catalog.fields(center);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Create or change a field")
    public Uni<FieldView> putField(@PathParam("center") String center, @PathParam("code") String code,
            @Valid @NotNull FieldSettings settings) {
        return catalog.putField(center, code, settings);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Import fields from CSV or a JSON array; dryRun=true previews the changes")
    public Uni<Response> importFields(@PathParam("center") String center, @QueryParam("dryRun") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        return imports.importFields(center, body, isJson(contentType), dryRun).map(report -> importResponse(report, dryRun));
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().contains("json");
    }

    /** A preview is always 200; a real import with bad rows is a 400 that lists them (nothing saved). */
    private static Response importResponse(ImportReport report, boolean dryRun) {
        if (dryRun || report.errors().isEmpty()) {
            return Response.ok(report).build();
        }
        ProblemDetail problem = new ProblemDetail("about:blank", "Bad request", 400,
                "The import has " + report.errors().size() + " bad row(s); nothing was changed.", report.errors());
        return Response.status(400).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }
}
