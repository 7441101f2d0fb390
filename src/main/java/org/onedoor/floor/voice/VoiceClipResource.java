package org.onedoor.floor.voice;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onedoor.common.Problem;

/**
 * A pack's clips at short, stable addresses a screen can cache: {@code /voice/vi/mời.ogg}. Each
 * carries an entity tag of its bytes: a kiosk reads its packs' clips again every ten minutes (a
 * word recorded anew must be heard), and over a commune's slow link an unchanged clip should
 * cost a 304, not its bytes again.
 */
@Path("/voice/{language}/{file}")
@Tag(name = "Voice packs")
public class VoiceClipResource {

    private static final Map<String, String> TYPES = Map.of("ogg", "audio/ogg", "mp3", "audio/mpeg",
            "wav", "audio/wav", "m4a", "audio/mp4", "webm", "audio/webm");

    @Inject
    VoicePacks packs;

    @GET
    @Operation(summary = "One clip of a voice pack (the center's recording if it made one)")
    public Response clip(@PathParam("language") String language, @PathParam("file") String file, @Context Request request) {
        byte[] bytes = packs.clip(language, file)
                .orElseThrow(() -> Problem.notFound(w -> w.noClip(file, language)));
        EntityTag tag = tagOf(bytes);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(bytes, TYPES.get(VoicePacks.extension(file)));
        return answer.tag(tag).header("Cache-Control", "public, max-age=300").build();
    }

    /** The clip's bytes' digest: the same clip served by any node of a cluster has the same tag. */
    private static EntityTag tagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
