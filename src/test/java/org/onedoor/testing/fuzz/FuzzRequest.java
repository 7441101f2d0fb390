package org.onedoor.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request the fuzzer sends. {@code mustFail}: at least one part of it is wrong (a bogus id, a
 * body the schema forbids, no credentials where some are needed), so a 2xx would mean the server
 * accepted garbage.
 */
public record FuzzRequest(int index, String method, String target, Map<String, String> headers, byte[] body,
        String what, boolean mustFail) {

    /** Enough to send it again by hand: method, target, headers, and the start of the body. */
    public String describe() {
        String text = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        String target = this.target.length() > 200 ? this.target.substring(0, 200) + "…(" + this.target.length() + ")" : this.target;
        return "#" + index + " " + method + " " + target + " " + headers + " body[" + (body == null ? 0 : body.length)
                + "]=" + text.replaceAll("\\p{Cntrl}", "?") + " (" + what + ")";
    }
}
