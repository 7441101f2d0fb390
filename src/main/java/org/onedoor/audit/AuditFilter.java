package org.onedoor.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.onedoor.common.ActedOn;
import org.onedoor.security.StaffIdentityProvider;

/**
 * Writes the audit log: every change (POST, PUT, PATCH, DELETE) a signed-in user or a device
 * got (an answer below 400), with who, what and when. Reading is not audited; sign-in is (the
 * /login form is anonymous until it succeeds, so it is logged by the name it signed in).
 */
public class AuditFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext http;

    @Inject
    Clock clock;

    @Inject
    AuditLog log;

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!CHANGES.contains(request.getMethod()) || response.getStatus() >= 400) {
            // before the identity: resolving it on a failed request's path would block the IO thread
            return Uni.createFrom().voidItem();
        }
        SecurityIdentity actor = identity.isAnonymous() ? ActedOn.actor(http) : identity;
        if (actor == null || actor.isAnonymous()) {
            return Uni.createFrom().voidItem();
        }
        AuditEntry entry = new AuditEntry();
        entry.actor = actor.getPrincipal().getName();
        entry.centerId = actor.getAttribute(StaffIdentityProvider.CENTER_ATTRIBUTE);
        // the center acted on, when the address names one: an administrator's change to a center
        // belongs to that center's log
        String centerCode = request.getUriInfo().getPathParameters().getFirst("center");
        if (centerCode == null) {
            centerCode = ActedOn.center(http);
        }
        entry.at = clock.instant();
        entry.action = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        // what was created, by the address its answer gives it: "/api/users/lan", not "/api/users"
        String target = response.getStatus() == 201 && response.getLocation() != null
                ? response.getLocation().getRawPath() : path;
        entry.target = target.length() > 300 ? target.substring(0, 300) : target;
        entry.status = response.getStatus();
        log.add(entry, centerCode, ticketActedOn(path, request.getUriInfo().getPathParameters().getFirst("id")));
        return Uni.createFrom().voidItem();
    }

    /** The ticket an address under /api/tickets/ names (its action succeeded, so the id is one). */
    private static UUID ticketActedOn(String path, String id) {
        if (id == null || !path.startsWith("/api/tickets/")) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
