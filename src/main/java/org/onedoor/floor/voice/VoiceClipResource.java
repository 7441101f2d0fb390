package org.onedoor.floor.voice;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
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
 * word recorded anew must be heard), through its service worker, which revalidates every read
 * (shell-worker.js), and over a commune's slow link an unchanged clip should cost a 304, not its
 * bytes again. The tag is a digest, so a node that holds other bytes never answers 304 for them.
 */
@Path("/voice/{language}/{file}")
@Tag(name = "Voice packs")
public class VoiceClipResource {

    private static final Map<String, String> TYPES = Map.of("ogg", "audio/ogg", "mp3", "audio/mpeg",
            "wav", "audio/wav", "m4a", "audio/mp4", "webm", "audio/webm");
    private static final String CACHED = "public, max-age=300";

    @Inject
    VoicePacks packs;

    @GET
    @Operation(summary = "One clip of a voice pack (the center's recording if it made one); 304 to an If-None-Match naming its tag")
    public Response clip(@PathParam("language") String language, @PathParam("file") String file,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        byte[] bytes = packs.clip(language, file)
                .orElseThrow(() -> Problem.notFound(w -> w.noClip(file, language)));
        String tag = tagOf(bytes);
        Response.ResponseBuilder answer = names(ifNoneMatch, tag) ? Response.notModified()
                : Response.ok(bytes, TYPES.get(VoicePacks.extension(file)));
        // a 304 carries what the 200 would: the browser's copy is fresh again for as long
        return answer.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHED).build();
    }

    /**
     * Whether an If-None-Match header names {@code tag}, compared weakly as RFC 9110 says for it:
     * a proxy on the way that weakens tags (W/) must not turn every re-read into the whole clip.
     */
    static boolean names(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String named : ifNoneMatch.split(",")) {
            String value = named.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The clip's bytes' digest, quoted: a clip is a few kilobytes, read from disk for every answer anyway. */
    private static String tagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
