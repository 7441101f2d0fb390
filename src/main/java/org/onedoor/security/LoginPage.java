package org.onedoor.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.ActedOn;
import org.onedoor.common.PageLanguage;
import org.onedoor.common.Pages;
import org.onedoor.common.Problem;

/** The staff sign-in form and sign-out. */
@Path("/login")
@Tag(name = "Sign-in")
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String next, boolean failed, Long lockedMinutes, String user);
    }

    @Inject
    IdentityProviderManager identities;

    @Inject
    SessionCookies sessions;

    @Inject
    AppUserRepository users;

    @Inject
    StaffSignOuts signOuts;

    @Inject
    RoutingContext http;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The sign-in form")
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("error") String error,
            @QueryParam("locked") Long lockedMinutes, @CookieParam(TYPED_NAME) String user, @BeanParam PageLanguage language) {
        Long locked = lockedMinutes == null ? null : Math.max(1, Math.min(lockedMinutes, 999));
        // a refused sign-in comes back with the name typed: only the password is typed again
        String name = user == null ? null : java.net.URLDecoder.decode(user, java.nio.charset.StandardCharsets.UTF_8);
        String typed = error == null || name == null || name.isBlank() || name.length() > MAX_USERNAME ? null : name;
        return Pages.localized(Templates.login(Pages.safeNext(next), error != null && locked == null, locked, typed), language);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign in: sets the session cookie and goes to the page asked for")
    public Uni<Response> signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, @HeaderParam("Origin") String origin, @Context UriInfo uri) {
        Pages.requireSameOrigin(origin, uri);
        if (username == null || password == null || username.isBlank()) {
            return Uni.createFrom().item(failed(next, username));
        }
        var request = StaffIdentityProvider.signIn(
                new UsernamePasswordAuthenticationRequest(username.strip(), new PasswordCredential(password.toCharArray())));
        // the client's address, for LoginAttempts' per-address count, as Basic sign-ins carry it
        HttpSecurityUtils.setRoutingContextAttribute(request, http);
        return identities.authenticate(request)
                .map(identity -> signedIn(identity, next, uri))
                .onFailure(e -> LoginLocked.in(e) != null).recoverWithItem(e -> locked(LoginLocked.in(e), next, username))
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> failed(next, username));
    }

    /** Back to the form, which says how long to wait; Retry-After for scripts that post the form. */
    private static Response locked(LoginLocked locked, String next, String username) {
        return Response.seeOther(URI.create("/login?error=1&locked=" + locked.retryAfterMinutes() + back(next)))
                .cookie(typedName(username))
                .header("Retry-After", locked.retryAfterSeconds()).build();
    }

    private Response signedIn(SecurityIdentity identity, String next, UriInfo uri) {
        // the request itself is anonymous: the audit log learns who signed in from here
        ActedOn.actor(http, identity);
        Integer version = identity.getAttribute(StaffIdentityProvider.SESSION_VERSION_ATTRIBUTE);
        SessionCookies.Session session = sessions.open(identity.getPrincipal().getName(), version == null ? 0 : version);
        // the page asked for, unless this user may not open it: the last user's page on a shared desk
        String asked = Pages.safeNext(next);
        String target = asked != null && StaffPage.mayOpen(identity, asked) ? asked : Pages.landing(identity);
        boolean secure = "https".equals(uri.getBaseUri().getScheme());
        return Response.seeOther(URI.create(target))
                .cookie(cookie(SessionCookies.SESSION, sessions.encode(session), true, secure),
                        cookie(SessionCookies.CSRF, session.csrf(), false, secure), typedName(null))
                .build();
    }

    private static Response failed(String next, String username) {
        return Response.seeOther(URI.create("/login?error=1" + back(next))).cookie(typedName(username)).build();
    }

    /** The longest name given back to the form; a longer one is no account's. */
    static final int MAX_USERNAME = 100;
    /**
     * The name typed, for the form a refusal goes back to: in a short-lived cookie of the sign-in
     * page, not in its address, where a password typed in the wrong box would stay in the history.
     */
    static final String TYPED_NAME = "onedoor-typed-name";

    private static NewCookie typedName(String username) {
        String user = username == null ? "" : username.strip();
        boolean keep = !user.isEmpty() && user.length() <= MAX_USERNAME;
        // encoded: a cookie's value takes no space, comma, semicolon or letter outside ASCII
        return new NewCookie.Builder(TYPED_NAME).value(keep ? Pages.encode(user) : "").path("/login").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(keep ? 120 : 0).build();
    }

    /** The rest of the form's address after a refusal: the page asked for. */
    private static String back(String next) {
        String safe = Pages.safeNext(next);
        return safe == null ? "" : "&next=" + Pages.encode(safe);
    }

    static NewCookie cookie(String name, String value, boolean httpOnly, boolean secure) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(httpOnly).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(value.isEmpty() ? 0 : (int) SessionCookies.LIFETIME.toSeconds()).build();
    }

    /** Sign-out, from a form with the session's CSRF token. */
    @Path("/out")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign out: clears the session cookie")
    public Uni<Response> signOut(@FormParam("csrf") String csrf, @CookieParam(SessionCookies.SESSION) String cookie) {
        SessionCookies.Session session = sessions.decode(cookie).orElse(null);
        if (session != null && !CsrfFilter.matches(session.csrf(), csrf)) {
            throw Problem.forbidden(w -> w.signOutFromPage());
        }
        Response out = Response.seeOther(URI.create("/login"))
                .cookie(cookie(SessionCookies.SESSION, "", true, false), cookie(SessionCookies.CSRF, "", false, false))
                .build();
        // every session of this user ends, copies of the cookie included
        return session == null ? Uni.createFrom().item(out)
                : users.endSessions(session.username(), session.version()).invoke(valid -> {
                    if (valid != null) {
                        signOuts.committed(session.username(), valid);
                    }
                }).replaceWith(out);
    }
}
