package org.onedoor.kiosk;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.device.DeviceIdentityProvider;
import org.onedoor.security.Role;

/** A kiosk's numbers for a server outage, and the tickets it issued from them (Bearer kiosk token). */
@Path("/api/kiosk")
@Tag(name = "Kiosk")
public class KioskLeaseResource {

    @Inject
    KioskLeases leases;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("/lease")
    @RolesAllowed(Role.KIOSK)
    @Operation(summary = "The numbers this kiosk may issue today while it cannot reach the server, per field "
            + "(a new block of 10 for a field with none left)")
    public Uni<LeaseView> lease(@Parameter(description = "the service day of the lease the kiosk holds, or none."
            + " Any other day than today's (or none) retires the kiosk's blocks of today, and it gets new ones: it may have"
            + " given their numbers before it lost its record of them") @QueryParam("held") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}|none") String held) {
        return leases.lease(DeviceIdentityProvider.deviceId(identity), held);
    }

    @POST
    @Path("/offline-tickets")
    @RolesAllowed(Role.KIOSK)
    @Operation(summary = "Hand back the tickets issued offline: each recorded with its number and arrival time, "
            + "in arrival order; repeating a hand-back records nothing twice")
    @APIResponse(responseCode = "200", description = "What became of each ticket: RECORDED, ALREADY or REFUSED (with the reason)")
    public Uni<List<KioskLeases.HandedBack>> handBack(@NotNull @Size(min = 1, max = 200) List<@Valid @NotNull OfflineTicket> tickets) {
        return leases.handBack(DeviceIdentityProvider.deviceId(identity), tickets);
    }
}
