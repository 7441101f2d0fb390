package org.onedoor.common;

import jakarta.ws.rs.core.Response.Status;

/**
 * A client's mistake, reported as application/problem+json with the given status. Services throw
 * these; {@link ProblemMappers} turns them into responses, so no client error becomes a 500.
 */
public class Problem extends RuntimeException {

    private final Status status;
    private final String title;

    public Problem(Status status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static Problem notFound(String detail) {
        return new Problem(Status.NOT_FOUND, "Not found", detail);
    }

    public static Problem conflict(String detail) {
        return new Problem(Status.CONFLICT, "Conflict", detail);
    }

    public static Problem badRequest(String detail) {
        return new Problem(Status.BAD_REQUEST, "Bad request", detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(Status.FORBIDDEN, "Forbidden", detail);
    }
}
