package org.onedoor.device;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.security.Role;

/** The device calling, described from its own token (a path of its own: a center may be called "me"). */
@Path("/api/device")
@Tag(name = "Devices")
public class DeviceSelfResource {

    @Inject
    DeviceService devices;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed(Role.DEVICE)
    @Operation(summary = "The calling device: its kind, center and counter")
    public Uni<DeviceSelf> self() {
        return devices.self(DeviceIdentityProvider.deviceId(identity));
    }

    /** @param state READY, PAPER_LOW, OUT_OF_PAPER, OFFLINE or ERROR */
    public record PrinterReport(@NotNull PrinterState state) {
    }

    @POST
    @Path("/printer")
    @RolesAllowed(Role.BRIDGE)
    @Operation(summary = "A bridge reports its printer's state; its kiosks tell citizens when there is no paper")
    public Uni<Void> reportPrinter(@Valid @NotNull PrinterReport report) {
        return devices.reportPrinter(DeviceIdentityProvider.deviceId(identity), report.state(), null);
    }
}
