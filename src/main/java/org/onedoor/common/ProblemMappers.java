package org.onedoor.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.onedoor.security.LoginLocked;

/**
 * Turns every failure into application/problem+json: the client's mistakes into 4xx with a
 * message that says what to fix, and only genuine server faults into 500 (logged).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final WarningBurst UNREACHABLE = new WarningBurst("requests answered 503, database unreachable or busy",
            LOG::warn);

    @ServerExceptionMapper
    public Response problem(Problem p) {
        Response response = respond(p.status().getStatusCode(), p.title(), p.getMessage(), null);
        if (p instanceof TooManyRequests tooMany) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<String> errors = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted().toList();
        return respond(400, "Bad request", "The request has invalid values.", errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return respond(400, "Bad request", "The body is not valid JSON for this request: "
                + e.getOriginalMessage(), null);
    }

    /**
     * A value of the wrong type ({@code "counter": "abc"}, an object where a text goes). Mapped here
     * because quarkus-rest-jackson's own mapper for it answers plain JSON, or nothing at all.
     */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        String where = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return respond(400, "Bad request", "The body is not valid JSON for this request"
                + (where.isEmpty() ? "" : " at " + where) + ": " + e.getOriginalMessage(), null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.status(401).type(ProblemDetail.MEDIA_TYPE)
                .header("WWW-Authenticate", "Basic realm=\"OneDoor\"")
                .entity(ProblemDetail.of(401, "Unauthorized", "Sign in to do this.")).build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        LoginLocked locked = LoginLocked.in(e);
        if (locked != null) {
            return problem(new TooManyRequests("Too many failed sign-ins for this username or from this address: "
                    + "try again in " + locked.retryAfterMinutes() + " min.", locked.retryAfter()));
        }
        return unauthorized(new UnauthorizedException());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "Forbidden", "Your role may not do this.", null);
    }

    /** A unique or foreign key the database refused: two clients raced to create the same thing. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e) {
        String what = e.getKind() == ConstraintKind.UNIQUE ? "already exists" : "is not allowed";
        return respond(409, "Conflict", "This change " + what + " (" + e.getConstraintName() + ").", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(status, title, e.getMessage(), null);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        Problem problem = Problems.unwrap(e);
        if (problem != null) {
            return problem(problem);
        }
        if (DatabaseOutage.causedBy(e)) {
            UNREACHABLE.warn("Database unreachable: " + e.getMessage());
            return Response.fromResponse(respond(503, "Service unavailable", "The database cannot be reached just now; "
                    + "nothing was changed. Please wait a moment and try again.", null))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected server error", e);
        return respond(500, "Internal server error", "Something went wrong on the server; it has been logged.", null);
    }

    private static Response respond(int status, String title, String detail, List<String> errors) {
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail("about:blank", title, status, detail, errors)).build();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
