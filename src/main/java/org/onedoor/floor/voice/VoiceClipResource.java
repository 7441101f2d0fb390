package org.onedoor.floor.voice;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;

/** A pack's clips at short, stable addresses a screen can cache: {@code /voice/vi/mời.ogg}. */
@Path("/voice/{language}/{file}")
@Tag(name = "Voice packs")
public class VoiceClipResource {

    private static final Map<String, String> TYPES = Map.of("ogg", "audio/ogg", "mp3", "audio/mpeg",
            "wav", "audio/wav", "m4a", "audio/mp4", "webm", "audio/webm");

    @Inject
    VoicePacks packs;

    @GET
    @Operation(summary = "One clip of a voice pack (the center's recording if it made one)")
    public Response clip(@PathParam("language") String language, @PathParam("file") String file) {
        byte[] bytes = packs.clip(language, file)
                .orElseThrow(() -> Problem.notFound(w -> w.noClip(file, language)));
        return Response.ok(bytes, TYPES.get(VoicePacks.extension(file)))
                .header("Cache-Control", "public, max-age=300").build();
    }
}
