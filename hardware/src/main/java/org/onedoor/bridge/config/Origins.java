package org.onedoor.bridge.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Web origins ({@code scheme://host[:port]}) written the way browsers send them in the
 * {@code Origin} header: scheme and host in lower case, the scheme's default port left out. The
 * local print endpoint compares the header with the server's origin, so both must be spelled alike.
 */
public final class Origins {

    private Origins() {
    }

    /**
     * The origin of the pages the server serves, from the bridge's {@code server} key (any path
     * dropped; {@code ws}/{@code wss} read as {@code http}/{@code https}: the same host and port).
     */
    public static String ofServer(String server) throws ConfigException {
        ServerUrl url = ServerUrl.parse(server);
        return origin(url.secure() ? "https" : "http", url.uri().getHost(), url.uri().getPort());
    }

    /** The bridge's {@code server} key read as a URL: http(s) or ws(s), with a host. */
    record ServerUrl(URI uri, boolean secure) {

        static ServerUrl parse(String server) throws ConfigException {
            URI uri;
            try {
                uri = new URI(server.trim());
            } catch (URISyntaxException e) {
                throw new ConfigException("server", "not a URL: '" + server + "'");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean secure = switch (scheme) {
                case "http", "ws" -> false;
                case "https", "wss" -> true;
                default -> throw new ConfigException("server", "must start with http://, https://, ws:// or wss://, got '"
                        + server + "'");
            };
            if (uri.getHost() == null) {
                throw new ConfigException("server", "no host in '" + server + "'");
            }
            return new ServerUrl(uri, secure);
        }
    }

    /**
     * An {@code Origin} header in the same spelling, or null when it is not a plain http(s) origin
     * ({@code null}, a path, a user name: no page of the server sends those).
     */
    public static String ofHeader(String header) {
        if (header == null) {
            return null;
        }
        try {
            URI uri = new URI(header.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
                return null;
            }
            return origin(scheme, uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String origin(String scheme, String host, int port) {
        boolean usual = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host.toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port);
    }
}
