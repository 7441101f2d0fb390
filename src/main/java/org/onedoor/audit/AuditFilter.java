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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.onedoor.common.ActedOn;
import org.onedoor.device.DeviceView;
import org.onedoor.ticket.TicketView;
import org.onedoor.security.StaffIdentityProvider;

/**
 * Writes the audit log: every change (POST, PUT, PATCH, DELETE) a signed-in user or a device
 * got (an answer below 400), with who, what and when. Reading is not audited; sign-in is (the
 * /login form is anonymous until it succeeds, so it is logged by the name it signed in).
 */
public class AuditFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern TICKET_ADDRESS = Pattern.compile("/api/tickets/([^/]+)");

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
        if (!CHANGES.contains(request.getMethod()) || response.getStatus() >= 400
                // an import's preview changes nothing: a manager trying a file five times is not five imports
                || "true".equalsIgnoreCase(request.getUriInfo().getQueryParameters().getFirst("dryRun"))) {
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
        Object answer = response.getEntity();
        // what was created, by the address its answer gives it: "/api/users/lan", not "/api/users";
        // a device paired by its code, by the address it has now, so that its line can name it
        String target = response.getStatus() == 201 && response.getLocation() != null ? response.getLocation().getRawPath()
                : answer instanceof DeviceView d && path.endsWith("/claim") && centerCode != null
                        ? "/api/devices/" + centerCode + "/" + d.id() : path;
        entry.target = target.length() > 300 ? target.substring(0, 300) : target;
        entry.status = response.getStatus();
        entry.kind = AuditRoutes.kindOf(entry.action, entry.target).name();
        entry.ticketId = ticketActedOn(target, answer);
        entry.counter = counterOf(request.getUriInfo().getPathParameters().getFirst("counter"), answer, target);
        log.add(entry, centerCode, entry.ticketId);
        return Uni.createFrom().voidItem();
    }

    /**
     * The ticket a change acted on: the one its address names (its action succeeded, so the id is
     * one), else the one its answer is (a call by the counter's address).
     */
    private static UUID ticketActedOn(String target, Object answer) {
        Matcher named = TICKET_ADDRESS.matcher(target);
        String id = named.lookingAt() ? named.group(1) : answer instanceof TicketView t ? t.id() : null;
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The counter a change happened at: its address's, else its answer's (a ticket served at a
     * counter, a screen moved to one). Not a transfer's: its answer's counter is where the ticket goes.
     */
    private static Integer counterOf(String inAddress, Object answer, String target) {
        if (inAddress != null) {
            try {
                return Integer.valueOf(inAddress);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (answer instanceof TicketView t && !target.endsWith("/transfer")) {
            return t.counter();
        }
        return answer instanceof DeviceView d ? d.counter() : null;
    }
}
