package org.onedoor.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

/**
 * Client errors that happen outside the REST layer, so {@link ProblemMappers} never sees them: a
 * body over {@code quarkus.http.limits.max-body-size} or a form field over its limit (413), a
 * request that cannot be read (4xx). They get the same application/problem+json as every other
 * error, instead of Quarkus's own page. Anything else (sign-in failures, which Quarkus answers
 * with its challenge; server faults) goes on to Quarkus's own handlers.
 */
@ApplicationScoped
public class HttpFailures {

    private static final Logger LOG = Logger.getLogger(HttpFailures.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        if (context.response().ended()) {
            // answered already (the deadline's 503), and the work failed or finished after: there is
            // nobody to tell, and Quarkus's handler would log it as a server error
            LOG.debugf(context.failure(), "%s failed after its answer was given", context.normalizedPath());
            return;
        }
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = clientError(context);
        if (status == 413) {
            LOG.debugf("Request to %s too large", context.normalizedPath());
            answer(context, 413, "Payload too large", "The body or one of its fields is larger than this server accepts.", true);
        } else if (status > 0) {
            answer(context, status, "Bad request", "The request cannot be read.", false);
        } else {
            context.next();
        }
    }

    /** The 4xx status of a failure in reading the request, or 0 when it is not one. */
    private static int clientError(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure == null) {
            return context.statusCode() == 413 ? 413 : 0;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            int status = t instanceof WebApplicationException web ? web.getResponse().getStatus()
                    : t instanceof HttpException http ? http.getStatusCode() : 0;
            if (status >= 400 && status < 500 && status != 401 && status != 403) {
                return status;
            }
        }
        return 0;
    }

    /** Ends the exchange with a problem; {@code close} drops the connection so an unread body is never read. */
    static void answer(RoutingContext context, int status, String title, String detail, boolean close) {
        String body;
        try {
            body = JSON.writeValueAsString(ProblemDetail.of(status, title, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
