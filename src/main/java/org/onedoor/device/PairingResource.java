package org.onedoor.device;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.security.Role;

/** Pairing by a code the device shows: the device's two calls (public) and the admin's one. */
@Path("/api/pairing")
@Tag(name = "Devices")
public class PairingResource {

    /** What the admin says about the device showing {@code code}. */
    public record Claim(@NotNull String code, @NotNull @Valid DeviceRequest device) {
    }

    @Inject
    PairingService pairing;

    @POST
    @Operation(summary = "A device asks for a six-digit code to show (valid ten minutes) and a secret to collect its token with")
    public Uni<PairingService.Request> request(@Context HttpServerRequest http) {
        return pairing.request(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
    }

    @GET
    @Path("/{secret}")
    @Operation(summary = "The device collects its token: 200 once paired (only once), 204 while it waits")
    public Uni<Response> collect(@PathParam("secret") String secret) {
        return pairing.collect(secret).map(token -> token.map(t -> Response.ok(Map.of("token", t)).build())
                .orElseGet(() -> Response.noContent().build()));
    }

    @POST
    @Path("/{center}/claim")
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Pair the device that shows this code with the center, as the given kind")
    public Uni<DeviceView> claim(@PathParam("center") String center, @Valid @NotNull Claim claim) {
        return pairing.claim(center, claim.code(), claim.device());
    }
}
