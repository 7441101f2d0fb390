package org.onedoor.database;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a database URL in any of its forms ({@code postgresql://user:pass@host:5432/db},
 * {@code jdbc:postgresql://host:5432/db}, {@code vertx-reactive:postgresql://…}) and gives the
 * Quarkus datasource properties of the reactive client (requests) and the JDBC URL of the
 * migrations.
 */
public record DatabaseLocation(String hostPortDb, String user, String password) {

    public static DatabaseLocation parse(String url, String user, String password) {
        String bare = url.trim();
        if (bare.startsWith("vertx-reactive:")) {
            bare = bare.substring("vertx-reactive:".length());
        }
        if (bare.startsWith("jdbc:")) {
            bare = bare.substring("jdbc:".length());
        }
        if (!bare.startsWith("postgresql://") && !bare.startsWith("postgres://")) {
            throw new IllegalArgumentException("ONEDOOR_DB_URL must look like postgresql://host:5432/db, not " + url);
        }
        URI uri = URI.create(bare);
        String urlUser = null;
        String urlPassword = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            urlUser = parts[0];
            urlPassword = parts.length > 1 ? parts[1] : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String hostPortDb = uri.getHost() + ":" + port + uri.getRawPath() + query;
        return new DatabaseLocation(hostPortDb, user != null ? user : urlUser, password != null ? password : urlPassword);
    }

    public Map<String, String> quarkusProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.datasource.reactive.url", "postgresql://" + hostPortDb);
        if (user != null) {
            props.put("quarkus.datasource.username", user);
        }
        if (password != null) {
            props.put("quarkus.datasource.password", password);
        }
        return props;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostPortDb;
    }
}
