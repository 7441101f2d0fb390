package org.onedoor.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.ActedOn;
import org.onedoor.common.Problem;
import org.onedoor.security.StaffSignOuts.StaffSignedOut;

/**
 * Staff accounts. Each change to an account has an address of its own, so the audit log, which
 * keeps the address, says what was done: a password set, an account switched off or on, its
 * sessions ended.
 */
@Path("/api/users")
@Tag(name = "Users")
public class UserResource {

    @Inject
    UserService users;

    @Inject
    StaffAccess access;

    @Inject
    StaffSignOuts signOuts;

    @Inject
    WorkLeftBehind workLeft;

    @Inject
    IdentityProviderManager identities;

    @Inject
    SessionCookies sessions;

    @Inject
    RoutingContext http;

    @POST
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Create a staff account (password stored as a bcrypt hash)")
    public Uni<Response> create(@Valid @NotNull UserRequest request) {
        // the address names no center: the audit log learns it from here
        ActedOn.center(http, request.center());
        return users.create(request)
                .map(u -> Response.created(URI.create("/api/users/" + u.username())).entity(u).build());
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "The accounts of a center (a manager: their own center; an administrator without center=: all)")
    public Uni<List<UserView>> list(@QueryParam("center") String center) {
        return users.list(center);
    }

    @PATCH
    @Path("/{username}")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Change an account's display name or role (a manager: their own center's officers and guides, "
            + "between those two roles); the new role holds from the account's next request, its sessions go on")
    public Uni<UserView> edit(@PathParam("username") String username, @Valid @NotNull UserChange change) {
        return users.edit(username, change).invoke(edited -> {
            signOuts.accountChanged(username, edited.sessionVersion());
            // the address names no center: the audit log learns it from here
            ActedOn.center(http, edited.view().center());
        }).map(UserService.Edited::view);
    }

    @PUT
    @Path("/{username}/password")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.GUIDE})
    @Operation(summary = "Set an account's password: its manager, or its owner with the current password; "
            + "every session of the account ends (the owner's own gets a new cookie)")
    public Uni<Response> setPassword(@PathParam("username") String username, @Valid @NotNull PasswordChange change) {
        if (!username.equals(access.username())) {
            return ended(users.setPassword(username, change.password()));
        }
        return currentPasswordProved(username, change.currentPassword())
                .chain(() -> users.setPassword(username, change.password()))
                .invoke(signOuts::committed)
                .map(this::stillSignedIn);
    }

    @POST
    @Path("/{username}/disable")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Switch an account off: every session ends and it signs in nowhere until switched on",
            description = "The counters it held close, but one with a citizen at it pauses for a colleague to open and take over: the answer names them")
    public Uni<WorkLeftBehind.CountersLeft> disable(@PathParam("username") String username) {
        // after the commit and the sign-out: an officer still signed in could otherwise open a counter again
        return users.setDisabled(username, true).invoke(signOuts::committed)
                .chain(() -> workLeft.putAway(username));
    }

    @POST
    @Path("/{username}/enable")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Switch an account on again")
    public Uni<Response> enable(@PathParam("username") String username) {
        return ended(users.setDisabled(username, false));
    }

    @POST
    @Path("/{username}/sign-out")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "End every session of an account (a phone or a PC left signed in)")
    public Uni<Response> signOut(@PathParam("username") String username) {
        return ended(users.endSessions(username));
    }

    /** The account's sessions end on every node once its change has committed: 204. */
    private Uni<Response> ended(Uni<StaffSignedOut> change) {
        return change.invoke(signOuts::committed).replaceWith(Response.noContent().build());
    }

    /**
     * The current password checked as a sign-in checks it: a wrong one counts towards the
     * username's lock, so an open session cannot be used to guess it.
     */
    private Uni<Void> currentPasswordProved(String username, String current) {
        if (current == null || current.isEmpty()) {
            return Uni.createFrom().failure(Problem.forbidden(w -> w.currentPasswordWrong()));
        }
        var request = StaffIdentityProvider.signIn(
                new UsernamePasswordAuthenticationRequest(username, new PasswordCredential(current.toCharArray())));
        HttpSecurityUtils.setRoutingContextAttribute(request, http);
        // a locked name stays an AuthenticationFailedException carrying LoginLocked: 429, as at sign-in
        return identities.authenticate(request).replaceWithVoid()
                .onFailure(e -> e instanceof AuthenticationFailedException && LoginLocked.in(e) == null)
                .transform(e -> Problem.forbidden(w -> w.currentPasswordWrong()));
    }

    /** The owner's page stays signed in: a new session cookie of the version valid from now on. */
    private Response stillSignedIn(StaffSignedOut out) {
        Response.ResponseBuilder answer = Response.noContent();
        if (http.request().getCookie(SessionCookies.SESSION) != null) {
            SessionCookies.Session session = sessions.open(out.username(), out.validVersion());
            boolean secure = "https".equals(http.request().scheme());
            answer.cookie(LoginPage.cookie(SessionCookies.SESSION, sessions.encode(session), true, secure),
                    LoginPage.cookie(SessionCookies.CSRF, session.csrf(), false, secure));
        }
        return answer.build();
    }
}
