package org.onedoor.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.onedoor.security.LoginLocked;
import org.onedoor.security.SessionCookies;

/**
 * Turns every failure into application/problem+json: the client's mistakes into 4xx with a
 * message that says what to fix, and only genuine server faults into 500 (logged).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final WarningBurst UNREACHABLE = new WarningBurst("requests answered 503, database unreachable or busy",
            LOG::warn);

    @Inject
    CurrentVertxRequest currentRequest;

    @ServerExceptionMapper
    public Response problem(Problem p, HttpHeaders headers) {
        Response response = respond(p.status().getStatusCode(), p.title(), p.detail(ProblemLanguage.of(headers)), null);
        if (p instanceof TooManyRequests tooMany) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        } else if (p.status() == Response.Status.SERVICE_UNAVAILABLE && !(p instanceof Problem.TooMuchAsked)) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        String language = ProblemLanguage.of(headers);
        List<String> errors = e.getConstraintViolations().stream()
                .map(v -> ValueLabels.of(v.getPropertyPath().toString(), language) + ": " + v.getMessage())
                .sorted().toList();
        return respond(400, "Bad request", words(headers).invalidValues(), errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers) {
        return respond(400, "Bad request", words(headers).notValidJson(e.getOriginalMessage()), null);
    }

    /**
     * A value of the wrong type ({@code "counter": "abc"}, an object where a text goes). Mapped here
     * because quarkus-rest-jackson's own mapper for it answers plain JSON, or nothing at all.
     */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers) {
        String where = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        ProblemWords words = words(headers);
        return respond(400, "Bad request", where.isEmpty() ? words.notValidJson(e.getOriginalMessage())
                : words.notValidJsonAt(where, e.getOriginalMessage()), null);
    }

    /**
     * 401, with a Basic challenge for API clients. Not for a staff page whose session ended on the
     * server (signed out elsewhere, a restart without a session key): the browser would answer the
     * challenge with its own password box, where the page sends its user to /login.
     */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        boolean fromPage = headers.getHeaderString(SessionCookies.CSRF_HEADER) != null
                || headers.getCookies().containsKey(SessionCookies.SESSION);
        Response.ResponseBuilder answer = Response.status(401).type(ProblemDetail.MEDIA_TYPE);
        if (!fromPage) {
            answer.header("WWW-Authenticate", "Basic realm=\"OneDoor\"");
        }
        return answer.entity(ProblemDetail.of(401, "Unauthorized", words(headers).signIn())).build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        LoginLocked locked = LoginLocked.in(e);
        if (locked != null) {
            return problem(new TooManyRequests(w -> w.tooManySignIns(locked.retryAfterMinutes()), locked.retryAfter()), headers);
        }
        return unauthorized(new UnauthorizedException(), headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return respond(403, "Forbidden", words(headers).roleMayNot(), null);
    }

    /** A unique or foreign key the database refused: two clients raced to create the same thing. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers) {
        ProblemWords words = words(headers);
        String constraint = e.getConstraintName() == null ? "" : e.getConstraintName();
        String detail = switch (constraint) {
            case "ticket_request_pkey" -> words.requestAnswered();
            // the index that keeps one citizen at a counter (V14), when a race passed the counter's own checks
            case "ticket_at_counter_idx" -> words.counterTookAnother();
            default -> e.getKind() == ConstraintKind.UNIQUE ? words.alreadyExists(constraint) : words.notAllowed(constraint);
        };
        return respond(409, "Conflict", detail, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, headers);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        // the framework's own words name its annotations ("@Consumes"): the ones a page may meet are ours
        ProblemWords words = words(headers);
        String detail = switch (status) {
            // our own "not found"s are Problems with their words: this one is an address nothing serves
            case 404 -> words.noSuchAddress();
            case 405 -> words.methodNotAllowed();
            case 415 -> words.unsupportedMediaType();
            default -> e.getMessage();
        };
        if (status == 404 && wantsPage(headers)) {
            // a browser (a mistyped or old bookmark): a page in its words, not JSON
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(NotFoundPage.html(ProblemLanguage.of(headers), detail, words.signInPage())).build();
        }
        return respond(status, title, detail, null);
    }

    /**
     * A browser asking for a page: HTML preferred to JSON in its Accept header, by its q-values
     * (fetch and API clients ask for JSON or anything; "text/html;q=0" refuses HTML).
     */
    static boolean wantsPage(HttpHeaders headers) {
        if (headers == null || headers.getHeaderString(HttpHeaders.ACCEPT) == null) {
            return false;
        }
        // most preferred first, as JAX-RS sorts them
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (refused(type) || type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (type.getSubtype().endsWith("json")) {
                return false;
            }
        }
        return false;
    }

    /** A type asked with q=0 (or 0.0, 0.000): "not this one". */
    private static boolean refused(MediaType type) {
        String q = type.getParameters().get("q");
        try {
            return q != null && Double.parseDouble(q) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpHeaders headers) {
        Problem problem = Problems.unwrap(e);
        if (problem != null) {
            return problem(problem, headers);
        }
        if (answeredAlready()) {
            // work answered at the deadline (RequestDeadline) that finished later: its answer cannot
            // be written, and the deadline's warning has said all there is to say
            LOG.debugf("Answered already, so not written: %s", e);
            return Response.status(503).build();
        }
        if (DatabaseOutage.causedBy(e)) {
            UNREACHABLE.warn("Database unreachable: " + e.getMessage());
            return Response.fromResponse(respond(503, "Service unavailable", words(headers).databaseUnreachable(), null))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected server error", e);
        return respond(500, "Internal server error", words(headers).serverError(), null);
    }

    private boolean answeredAlready() {
        RoutingContext context = currentRequest.getCurrent();
        return context != null && context.response().ended();
    }

    private static Response respond(int status, String title, String detail, List<String> errors) {
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail("about:blank", title, status, detail, errors)).build();
    }

    private static ProblemWords words(HttpHeaders headers) {
        return ProblemLanguage.words(ProblemLanguage.of(headers));
    }
}
