package org.onedoor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.fuzz.ApiOperations;
import org.onedoor.testing.fuzz.ApiOperations.Operation;
import org.onedoor.testing.fuzz.CenterState;
import org.onedoor.testing.fuzz.FuzzCenter;
import org.onedoor.testing.fuzz.FuzzRequest;
import org.onedoor.testing.fuzz.RawHttp;
import org.onedoor.testing.fuzz.RawHttp.Answer;
import org.onedoor.testing.fuzz.RequestFactory;

/**
 * Sends malformed, oversized, wrong-typed and out-of-range requests to every operation in the
 * server's OpenAPI document, with real ids and bogus ones, with the right credentials (so they
 * reach validation) and without. No answer may be a 5xx; every 4xx is application/problem+json
 * with a detail; nothing that must fail succeeds; and the center is the same afterwards.
 *
 * <p>Reproducible: the seed is fixed (override with {@code -Dfuzz.seed=…}); a failure prints the
 * request. {@code -Dfuzz.perOperation=…} sends more (default 30 per operation).
 */
@QuarkusTest
class FuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    static final int PER_OPERATION = Integer.getInteger("fuzz.perOperation", 30);

    @Test
    void shouldAnswerEveryMalformedRequestWithAProblemAndChangeNothing() {
        FuzzCenter center = FuzzCenter.create();
        List<Operation> operations = ApiOperations.fromServer().all();
        assertThat(operations).hasSizeGreaterThan(50); // the document was read, not an empty one
        RequestFactory factory = new RequestFactory(ApiOperations.fromServer(), center.targets(), SEED);
        CenterState before = CenterState.of(center.code(), center.tickets());

        Map<String, String> failures = new LinkedHashMap<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int sent = 0;
        for (int round = 0; round < PER_OPERATION; round++) {
            for (Operation op : operations) {
                FuzzRequest request = factory.next(op);
                Answer answer = RawHttp.send(request);
                sent++;
                statuses.merge(answer.status(), 1, Integer::sum);
                String fault = fault(op, request, answer);
                if (fault != null) {
                    // one example per kind of fault and operation: the list stays readable
                    failures.putIfAbsent(op + " " + answer.status() + " " + fault,
                            fault + "\n    " + request.describe() + "\n    -> " + answer.status() + " " + answer.mediaType()
                                    + " " + preview(answer.body()));
                }
            }
        }
        System.out.printf("Fuzz: %d requests to %d operations, seed %d, answers %s, %d kinds of fault%n", sent,
                operations.size(), SEED, statuses, failures.size());

        assertThat(failures.values()).as("faults found (seed %d)", SEED).isEmpty();
        given().get("/q/health/live").then().statusCode(200);
        assertThat(before.differences(CenterState.of(center.code(), center.tickets())))
                .as("what the malformed requests changed").isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(1_000);
    }

    /** What is wrong with this answer, or null. */
    static String fault(Operation op, FuzzRequest request, Answer answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        if (answer.status() == 414 && request.target().length() > MAX_REQUEST_LINE) {
            return null; // refused by the HTTP decoder before any handler: see MAX_REQUEST_LINE
        }
        if (answer.status() >= 400 && !isPage(op)) {
            if (!answer.mediaType().equals("application/problem+json")) {
                return "4xx not problem+json";
            }
            if (!answer.body().contains("\"detail\"")) {
                return "problem without detail";
            }
        }
        if (request.mustFail() && answer.status() < 300 && !isPage(op)) {
            return "accepted a malformed request";
        }
        return null;
    }

    /**
     * quarkus.http.limits.max-initial-line-length: a longer request line is answered 414 by
     * Vert.x's HTTP decoder, with no body, before any handler of ours runs (Quarkus offers no hook
     * to shape that answer). Nothing of the request reached the application, so nothing is lost.
     */
    static final int MAX_REQUEST_LINE = 4096 - 20;

    /**
     * Staff pages (/login, /admin, /counter, /reports, /t/…) answer a browser: their refusals are
     * pages or redirects to sign in, not JSON. They must still never fail with a 5xx.
     */
    static boolean isPage(Operation op) {
        return !op.path().startsWith("/api/") && !op.path().startsWith("/voice/");
    }

    static String preview(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
