package org.onedoor.counter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
 * The officer's counter workspace (/counter): the page is a shell rendered here with who is signed
 * in; what it shows and does is live, from the floor socket and the counter API.
 */
@Path("/counter")
@Tag(name = "Staff pages")
public class CounterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workspace(String user, String shownName, String center, String centerName, String csrf);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    StaffPageAccess access;

    @Inject
    SessionCookies sessions;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The counter workspace (signed-in OFFICER, MANAGER or ADMIN)")
    public Uni<Response> page(@QueryParam("center") String center, @BeanParam PageLanguage language, @Context UriInfo uri,
            @CookieParam(SessionCookies.SESSION) String session) {
        String csrf = sessions.csrfOf(session);
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(Pages.toLogin(uri));
        }
        access.require(StaffPage.COUNTER.roles());
        if (access.choosesCenter(center)) {
            return Uni.createFrom().item(Response.seeOther(java.net.URI.create("/admin")).build()); // which center: the list
        }
        return access.pageCenterOf(center).chain(found -> Pages.localized(
                Templates.workspace(identity.getPrincipal().getName(),
                StaffIdentityProvider.shownName(identity), found.code, found.name, csrf), language)
                .data("otherCenter", OtherCenter.of(center, found.code)).createUni())
                .map(html -> Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
    }
}
