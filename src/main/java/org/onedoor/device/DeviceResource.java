package org.onedoor.device;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;
import org.onedoor.security.Role;

@Path("/api/devices")
@Tag(name = "Devices", description = "Screens, kiosks and bridges and their tokens")
public class DeviceResource {

    @Inject
    DeviceService devices;

    @Inject
    DeviceRevocations revocations;

    @Inject
    DeviceMoves moves;

    @POST
    @Path("/{center}")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Pair a device with a center; the answer carries its token, shown only this once")
    public Uni<Response> pair(@PathParam("center") String center, @Valid @NotNull DeviceRequest request) {
        return devices.pair(center, request)
                .map(d -> Response.created(URI.create("/api/devices/" + center + "/" + d.id())).entity(d).build());
    }

    @GET
    @Path("/{center}/{id}")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "One device of the center, with its last contact (never its token)")
    public Uni<DeviceView> get(@PathParam("center") String center, @PathParam("id") String id) {
        return devices.get(center, deviceId(id));
    }

    @GET
    @Path("/{center}")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "The center's devices, with their last contact")
    public Uni<List<DeviceView>> list(@PathParam("center") String center) {
        return devices.list(center);
    }

    @POST
    @Path("/{center}/{id}/revoke")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Revoke a device's token: its sockets close and it cannot connect again")
    public Uni<DeviceView> revoke(@PathParam("center") String center, @PathParam("id") String id) {
        long device = deviceId(id);
        // after the commit: a reconnect let in before it would find the token still valid
        return devices.revoke(center, device).invoke(() -> revocations.committed(device));
    }

    @PATCH
    @Path("/{center}/{id}")
    // JSON only: a record of one String is also read from text/plain, by its constructor (TextBodiesTest)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Rename a device (a revoked one keeps its name); its page shows the new name when it next reads what it is")
    public Uni<DeviceView> rename(@PathParam("center") String center, @PathParam("id") String id, @Valid @NotNull DeviceName name) {
        return devices.rename(center, deviceId(id), name.name());
    }

    @PUT
    @Path("/{center}/{id}/printer")
    // JSON only: a record of one String is also read from text/plain, by its constructor (TextBodiesTest)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Choose the bridge that prints a kiosk's tickets (printer null: none), from its next ticket on")
    public Uni<DeviceView> choosePrinter(@PathParam("center") String center, @PathParam("id") String id,
            @Valid @NotNull KioskPrinter choice) {
        return devices.choosePrinter(center, deviceId(id), choice.printer());
    }

    @PUT
    @Path("/{center}/{id}/counter")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Move a counter screen to another counter: its open page closes its socket, reads its counter again and shows the new one")
    public Uni<DeviceView> moveScreen(@PathParam("center") String center, @PathParam("id") String id,
            @Valid @NotNull ScreenCounter choice) {
        long device = deviceId(id);
        // after the commit: a page reading what it is before it would find the old counter
        return devices.moveScreen(center, device, choice.counter()).invoke(move -> {
            if (move.moved()) {
                moves.committed(device);
            }
        }).map(DeviceService.ScreenMove::screen);
    }

    /** A device's id from its address: one that is no number names no device. */
    private static long deviceId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Problem.notFound(DeviceProblems.class, w -> w.noDevice(id));
        }
    }
}
