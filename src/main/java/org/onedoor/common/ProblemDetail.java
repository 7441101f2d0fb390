package org.onedoor.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The RFC 9457 body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(String type, String title, int status, String detail, List<String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static ProblemDetail of(int status, String title, String detail) {
        return new ProblemDetail("about:blank", title, status, detail, null);
    }
}
