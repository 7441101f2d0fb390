package org.onedoor.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.common.util.MediaTypeHelper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource is chosen, what no resource can read: a NUL character in the
 * address (PostgreSQL text cannot hold one, so it would fail deep in a query as a 500) and a
 * Content-Type or Accept header that is not a media type.
 */
public class MalformedRequests {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String uri = request.getUriInfo().getRequestUri().getRawPath() + "?" + request.getUriInfo().getRequestUri().getRawQuery();
        if (uri.contains("%00") || uri.indexOf('\0') >= 0) {
            throw Problem.badParameter("The address contains a NUL character (%00).");
        }
        for (String header : List.of("Content-Type", "Accept")) {
            String value = request.getHeaderString(header);
            if (value != null && !value.isBlank()) {
                try {
                    for (String type : value.split(",")) {
                        if (!type.isBlank()) {
                            MediaTypeHelper.valueOf(type.trim());
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw Problem.badParameter("The " + header + " header '" + value + "' is not a media type.");
                }
            }
        }
    }
}
