package org.onedoor.catalog;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.onedoor.catalog.CatalogViews.ProcedureView;
import org.onedoor.common.ProblemLanguage;
import org.onedoor.security.Role;

@Path("/api/centers/{center}/procedures")
@Tag(name = "Catalogue", description = "Procedures of a center")
public class ProcedureResource {

    @Inject
    CatalogService catalog;

    @Inject
    CatalogImport imports;

    @GET
        @PermitAll
    @Operation(summary = "Search the center's active procedures by code or name (diacritics optional)")
    public Uni<List<ProcedureView>> procedures(@PathParam("center") String center, @QueryParam("q") String query,
            @QueryParam("field") String field,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return catalog.procedures(center, query, field, limit);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Import procedures from CSV or a JSON array; dryRun=true previews the changes")
    public Uni<Response> importProcedures(@PathParam("center") String center, @QueryParam("dryRun") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context HttpHeaders headers, byte[] body) {
        return imports.importProcedures(center, ImportText.decode(body, contentType), CatalogImport.isJson(contentType), dryRun, ProblemLanguage.of(headers))
                .map(report -> CatalogImport.answer(report, dryRun, ProblemLanguage.of(headers)));
    }
}
