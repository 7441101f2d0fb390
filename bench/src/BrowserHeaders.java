import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers a hall screen's browser (Chromium 131 on a TV box) sends with its WebSocket upgrade,
 * beyond the handshake's own. Sockets that send only the handshake's five headers cost the server
 * less heap than real screens do (the server keeps what it does not drop for the socket's life),
 * so the bench's sockets send these.
 */
final class BrowserHeaders {

    /** For the JDK client, which sets Host, Upgrade, Connection and the Sec-WebSocket-* itself. */
    static Map<String, String> of(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Pragma", "no-cache");
        headers.put("Cache-Control", "no-cache");
        headers.put("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36");
        headers.put("Origin", origin);
        headers.put("Accept-Encoding", "gzip, deflate, br, zstd");
        headers.put("Accept-Language", "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7");
        return headers;
    }

    /** The same as raw request lines, with the compression offer Chromium makes (each ends in CRLF). */
    static String lines(String origin) {
        StringBuilder lines = new StringBuilder();
        of(origin).forEach((name, value) -> lines.append(name).append(": ").append(value).append("\r\n"));
        return lines.append("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n").toString();
    }

    private BrowserHeaders() {
    }
}
