package org.onedoor.center;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Pages;
import org.onedoor.security.Role;
import org.onedoor.security.StaffPageAccess;

/**
 * The administration page (/admin) of one center, for its MANAGER or an ADMIN (?center=): a
 * shell rendered here; each section reads and changes the center through the API.
 */
@Path("/admin")
@Tag(name = "Staff pages")
public class AdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(String user, String center, boolean administrator);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    StaffPageAccess access;

    @GET
    @Operation(summary = "The administration page (MANAGER of the center, or ADMIN with ?center=)")
    public Uni<Response> page(@QueryParam("center") String center, @QueryParam("lang") String lang) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(Pages.toLogin("/admin"));
        }
        access.require(Role.MANAGER, Role.ADMIN);
        return access.pageCenter(center).chain(code -> Pages.localized(Templates.admin(identity.getPrincipal().getName(),
                        code, identity.hasRole(Role.ADMIN)), lang).createUni())
                .map(html -> Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
    }
}
