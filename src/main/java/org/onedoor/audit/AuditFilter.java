package org.onedoor.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Clock;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.onedoor.center.CenterRepository;
import org.onedoor.security.StaffIdentityProvider;

/**
 * Writes the audit log: every change (POST, PUT, PATCH, DELETE) a signed-in user or a device
 * got (an answer below 400), with who, what and when. Reading is not audited; sign-in is (the
 * /login form is anonymous until it succeeds, so it is logged by the name it signed in).
 */
public class AuditFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Logger LOG = Logger.getLogger(AuditFilter.class);

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    CenterRepository centers;

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!CHANGES.contains(request.getMethod()) || response.getStatus() >= 400 || identity.isAnonymous()) {
            return Uni.createFrom().voidItem();
        }
        AuditEntry entry = new AuditEntry();
        entry.actor = identity.getPrincipal().getName();
        entry.centerId = identity.getAttribute(StaffIdentityProvider.CENTER_ATTRIBUTE);
        // the center acted on, when the address names one: an administrator's change to a center
        // belongs to that center's log
        String centerCode = request.getUriInfo().getPathParameters().getFirst("center");
        entry.at = clock.instant();
        entry.action = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        entry.target = path.length() > 300 ? path.substring(0, 300) : path;
        entry.status = response.getStatus();
        // The change is made; a failure to log it is reported, not turned into a failed request.
        return Panache.withTransaction(() -> (centerCode == null ? Uni.createFrom().voidItem()
                : centers.findByCode(centerCode).invoke(c -> {
                    if (c != null) {
                        entry.centerId = c.id;
                    }
                }).replaceWithVoid()).chain(() -> Panache.getSession().chain(s -> s.persist(entry))))
                .onFailure().invoke(e -> LOG.errorf(e, "Audit entry not written: %s %s %s", entry.actor, entry.action, entry.target))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
