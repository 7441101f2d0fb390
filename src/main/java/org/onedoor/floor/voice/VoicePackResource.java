package org.onedoor.floor.voice;

import jakarta.inject.Inject;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;
import org.onedoor.security.Role;

/** Voice packs are public: screens and kiosks fetch clips before they have anything secret to show. */
@Path("/api/voice-packs")
@Tag(name = "Voice packs", description = "Recorded words the hall screens and kiosks speak with")
public class VoicePackResource {

    @Inject
    VoicePacks packs;

    @GET
    @Operation(summary = "The installed voice packs, Vietnamese first, each named in its own language")
    public List<VoicePack> list() {
        return packs.all();
    }

    @PUT
    @Path("/{language}/clips/{file}")
    @RolesAllowed(Role.ADMIN)
    @Consumes({"audio/ogg", "audio/mpeg", "audio/wav", "audio/x-wav", "audio/mp4", "audio/webm", "application/octet-stream"})
    @Operation(summary = "Upload a recorded clip for one word (e.g. mời.ogg); it replaces the shipped one")
    public Uni<VoicePack> upload(@PathParam("language") String language, @PathParam("file") String file, byte[] audio) {
        // file I/O on a worker; the answer (and the audit entry) on the request's own context
        return Uni.createFrom().item(() -> {
            packs.store(language, file, audio);
            return packs.find(language).orElseThrow();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** A pack's name, as the administration page sends it. */
    public record PackName(String name) {
    }

    @PUT
    @Path("/{language}")
    @Consumes(MediaType.APPLICATION_JSON) // PackName is one String: text/plain would fill it (TextBodiesTest)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Name a voice pack in its own language (Hmoob, Tày): named, it is offered on the kiosks;"
            + " 404 for a language with no clip recorded yet, 409 while it lacks a word a call can need")
    public Uni<VoicePack> name(@PathParam("language") String language, @Valid @NotNull PackName name) {
        return Uni.createFrom().item(() -> {
            packs.name(language, name.name());
            return packs.find(language).orElseThrow();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @GET
    @Path("/{language}")
    @Operation(summary = "One voice pack: which word is in which clip file")
    public VoicePack get(@PathParam("language") String language) {
        return packs.find(language).orElseThrow(() -> Problem.notFound(w -> w.noVoicePack(language)));
    }
}
