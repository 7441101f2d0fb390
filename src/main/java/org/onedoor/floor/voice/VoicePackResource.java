package org.onedoor.floor.voice;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;

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

    @GET
    @Path("/{language}")
    @Operation(summary = "One voice pack: which word is in which clip file")
    public VoicePack get(@PathParam("language") String language) {
        return packs.find(language).orElseThrow(() -> Problem.notFound("No voice pack for language '" + language + "'."));
    }
}
