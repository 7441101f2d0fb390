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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.catalog.CatalogViews.FieldView;
import org.onedoor.common.ProblemLanguage;
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
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context HttpHeaders headers, byte[] body) {
        return imports.importFields(center, ImportText.decode(body, contentType), CatalogImport.isJson(contentType), dryRun, ProblemLanguage.of(headers))
                .map(report -> CatalogImport.answer(report, dryRun, ProblemLanguage.of(headers)));
    }
}
