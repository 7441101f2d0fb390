package org.onedoor.center;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.PageLanguage;
import org.onedoor.common.Pages;
import org.onedoor.security.Role;
import org.onedoor.security.SessionCookies;
import org.onedoor.security.StaffPage;
import org.onedoor.security.StaffIdentityProvider;
import org.onedoor.security.OtherCenter;
import org.onedoor.security.StaffPageAccess;

/**
 * The administration page (/admin) of one center, for its MANAGER or an ADMIN (?center=): a
 * shell rendered here; each section reads and changes the center through the API. An ADMIN
 * without ?center= gets the list of centers, each with its pages, and the form for a new one.
 */
@Path("/admin")
@Tag(name = "Staff pages")
public class AdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(String user, String shownName, String center, String centerName, boolean administrator,
                String csrf);

        static native TemplateInstance centers(String shownName, List<Center> centers, String csrf);
    }

    @Inject
    CenterRepository centerList;

    @Inject
    SecurityIdentity identity;

    @Inject
    StaffPageAccess access;

    @Inject
    SessionCookies sessions;

    @GET
    @Operation(summary = "The administration page (MANAGER of the center, or ADMIN with ?center=)")
    public Uni<Response> page(@QueryParam("center") String center, @BeanParam PageLanguage language, @Context UriInfo uri,
            @CookieParam(SessionCookies.SESSION) String session) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(Pages.toLogin(uri));
        }
        access.require(StaffPage.ADMINISTRATION.roles());
        if (access.choosesCenter(center)) {
            // the administrator's landing: which center, or the first one to make
            return Panache.withSession(() -> centerList.listAll(Sort.by("code")))
                    .chain(all -> Pages.localized(Templates.centers(StaffIdentityProvider.shownName(identity), all,
                            sessions.csrfOf(session)), language).createUni())
                    .map(html -> Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
        }
        return access.pageCenterOf(center).chain(found -> Pages.localized(Templates.admin(identity.getPrincipal().getName(),
                        StaffIdentityProvider.shownName(identity), found.code, found.name, identity.hasRole(Role.ADMIN),
                        sessions.csrfOf(session)), language).data("otherCenter", OtherCenter.of(center, found.code)).createUni())
                .map(html -> Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
    }
}
