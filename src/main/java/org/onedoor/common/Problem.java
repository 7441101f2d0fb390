package org.onedoor.common;

import jakarta.ws.rs.core.Response.Status;
import java.util.function.Function;

/**
 * A client's mistake, reported as application/problem+json with the given status. Services throw
 * these; {@link ProblemMappers} turns them into responses, so no client error becomes a 500. Its
 * detail is put in words when it is answered, in the language the client reads
 * ({@link ProblemLanguage}); the exception's own message is the English one, for logs.
 */
public class Problem extends RuntimeException {

    private final Status status;
    private final String title;
    /** The detail in a language ("vi" or "en"). */
    private final Function<String, String> detail;

    public Problem(Status status, String title, Function<ProblemWords, String> words) {
        this(status, title, new Worded(language -> words.apply(ProblemLanguage.words(language))));
    }

    /**
     * A problem worded by a feature's own bundle of problem words ({@code bundle}), as
     * {@link #conflict(Class, Function)}: for a status no factory here gives (a subclass's).
     */
    protected <B> Problem(Status status, String title, Class<B> bundle, Function<B, String> words) {
        this(status, title, inBundle(bundle, words));
    }

    /** The detail as a bundle's words put it, in the language asked for. */
    private record Worded(Function<String, String> in) {
    }

    private Problem(Status status, String title, Worded detail) {
        super(null, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail.in();
    }

    /** A detail for API clients only (a malformed header or parameter no page sends), in English. */
    public Problem(Status status, String title, String detail) {
        this(status, title, any -> detail);
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The detail in {@code language} ("vi" or "en"). */
    public String detail(String language) {
        return detail.apply(language);
    }

    @Override
    public String getMessage() {
        return detail(ProblemLanguage.ENGLISH);
    }

    public static Problem notFound(Function<ProblemWords, String> words) {
        return new Problem(Status.NOT_FOUND, "Not found", words);
    }

    /** Not found, worded by a feature's own bundle of problem words, as {@link #conflict(Class, Function)}. */
    public static <B> Problem notFound(Class<B> bundle, Function<B, String> words) {
        return new Problem(Status.NOT_FOUND, "Not found", inBundle(bundle, words));
    }

    public static Problem conflict(Function<ProblemWords, String> words) {
        return new Problem(Status.CONFLICT, "Conflict", words);
    }

    /**
     * A conflict worded by a feature's own bundle of problem words ({@code bundle}, a Qute message
     * bundle, Vietnamese first, as {@link ProblemWords}): ProblemWords already holds the words of
     * every other feature, and a file that long is hard to find one's way in.
     */
    public static <B> Problem conflict(Class<B> bundle, Function<B, String> words) {
        return new Problem(Status.CONFLICT, "Conflict", inBundle(bundle, words));
    }

    private static <B> Worded inBundle(Class<B> bundle, Function<B, String> words) {
        return new Worded(language -> words.apply(ProblemLanguage.words(bundle, language)));
    }

    /** A bad request worded by a feature's own bundle of problem words, as {@link #conflict(Class, Function)}. */
    public static <B> Problem badRequest(Class<B> bundle, Function<B, String> words) {
        return new Problem(Status.BAD_REQUEST, "Bad request", inBundle(bundle, words));
    }

    public static Problem badRequest(Function<ProblemWords, String> words) {
        return new Problem(Status.BAD_REQUEST, "Bad request", words);
    }

    public static Problem forbidden(Function<ProblemWords, String> words) {
        return new Problem(Status.FORBIDDEN, "Forbidden", words);
    }

    /** Forbidden, worded by a feature's own bundle of problem words, as {@link #conflict(Class, Function)}. */
    public static <B> Problem forbidden(Class<B> bundle, Function<B, String> words) {
        return new Problem(Status.FORBIDDEN, "Forbidden", inBundle(bundle, words));
    }

    /** The server could not do it now (too slow, say) and did nothing: answered with a Retry-After. */
    public static Problem unavailable(Function<ProblemWords, String> words) {
        return new Problem(Status.SERVICE_UNAVAILABLE, "Service unavailable", words);
    }

    /**
     * Stopped because it asked for more than the server gives anyone (a report over too many days
     * or centers): 503 with no Retry-After, for the same request would be stopped again.
     */
    public static Problem tooMuchAsked(Function<ProblemWords, String> words) {
        return new TooMuchAsked(words);
    }

    static final class TooMuchAsked extends Problem {

        TooMuchAsked(Function<ProblemWords, String> words) {
            super(Status.SERVICE_UNAVAILABLE, "Service unavailable", words);
        }
    }

    /** A bad request only an API client can make (a malformed parameter no page sends): English only. */
    public static Problem badParameter(String detail) {
        return new Problem(Status.BAD_REQUEST, "Bad request", detail);
    }
}
