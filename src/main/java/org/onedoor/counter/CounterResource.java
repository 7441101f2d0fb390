package org.onedoor.counter;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.ticket.CallRequest;
import org.onedoor.ticket.CallService;
import org.onedoor.ticket.TicketView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.security.Role;
import org.onedoor.security.StaffAccess;

@Path("/api/centers/{center}/counters")
@Tag(name = "Counters")
public class CounterResource {

    /**
     * A counter number in the address: ASCII digits only. An int path parameter alone would take
     * "１" (a full-width one: Integer.parseInt reads any Unicode digit) and act on counter 1.
     */
    static final String NUMBER = "{counter: [0-9]{1,9}}";

    @Inject
    CounterService counters;

    @Inject
    CallService calls;

    @Inject
    RetiredCounters retired;

    @Inject
    StaffAccess access;

    @GET
    @PermitAll
    @Operation(summary = "The center's counters with their state and the fields they serve (the officer's user name for staff only)")
    public Uni<List<CounterView>> list(@PathParam("center") String center) {
        return counters.list(center).map(list -> access.isStaff() ? list
                : list.stream().map(CounterView::withoutOfficer).toList());
    }

    @PUT
    @Path("/" + NUMBER)
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Create or change a counter and the fields it serves (primary first)")
    public Uni<CounterView> put(@PathParam("center") String center, @PathParam("counter") int counter,
            @Valid @NotNull CounterSettings settings) {
        return counters.put(center, counter, settings);
    }

    @DELETE
    @Path("/" + NUMBER)
    @RolesAllowed({Role.ADMIN, Role.MANAGER})
    @Operation(summary = "Take a closed counter off the floor; its tickets stay in the reports, and saving it again brings it back")
    @APIResponse(responseCode = "204", description = "Off every screen, kiosk and list")
    @APIResponse(responseCode = "409", description = "It is open, a counter screen stands at it, or it is the last counter of a field people wait in")
    public Uni<Void> retire(@PathParam("center") String center, @PathParam("counter") int counter) {
        return retired.retire(center, counter);
    }

    @POST
    @Path("/" + NUMBER + "/call-next")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "Call the next ticket for this counter by the center's policy; 204 when none waits")
    @APIResponse(responseCode = "200", description = "The called ticket")
    @APIResponse(responseCode = "204", description = "Nobody waits for this counter")
    @APIResponse(responseCode = "409", description = "The counter is not open, or still has a ticket")
    public Uni<Response> callNext(@PathParam("center") String center, @PathParam("counter") int counter) {
        return calls.callNext(center, counter)
                .map(ticket -> ticket == null ? Response.noContent().build() : Response.ok(ticket).build());
    }

    @POST
    @Path("/" + NUMBER + "/call")
    @Consumes(MediaType.APPLICATION_JSON) // CallRequest is one String: text/plain would fill it (TextBodiesTest)
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "Call one ticket by its code (a waiting ticket, or a no-show who came back)")
    public Uni<TicketView> call(@PathParam("center") String center, @PathParam("counter") int counter,
            @Valid @NotNull CallRequest request) {
        return calls.callCode(center, counter, request.code());
    }

    @POST
    @Path("/" + NUMBER + "/open")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "Open the counter: the signed-in officer starts calling here")
    public Uni<CounterView> open(@PathParam("center") String center, @PathParam("counter") int counter) {
        return counters.changeState(center, counter, CounterState.OPEN);
    }

    @POST
    @Path("/" + NUMBER + "/pause")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "Pause the counter: no new calls until it opens again")
    public Uni<CounterView> pause(@PathParam("center") String center, @PathParam("counter") int counter) {
        return counters.changeState(center, counter, CounterState.PAUSED);
    }

    @POST
    @Path("/" + NUMBER + "/close")
    @RolesAllowed({Role.ADMIN, Role.MANAGER, Role.OFFICER})
    @Operation(summary = "Close the counter (refused while it still has a ticket)")
    public Uni<CounterView> close(@PathParam("center") String center, @PathParam("counter") int counter) {
        return counters.changeState(center, counter, CounterState.CLOSED);
    }
}
