package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onedoor.security.SessionCookies.Session;

/** The signed session cookie, without a server: what one node signs, a node with the same key reads, and only that. */
class SessionCookiesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    private static SessionCookies node(String key, Instant now) {
        SessionCookies cookies = new SessionCookies(Optional.of(key));
        cookies.clock = Clock.fixed(now, ZoneOffset.UTC);
        return cookies;
    }

    @Test
    void shouldReadOnAnotherNodeWithTheSameKeyWhatOneNodeSigned() {
        SessionCookies a = node("the-province-shared-key", NOW);
        Session session = a.open("officer1", 3);

        assertThat(node("the-province-shared-key", NOW).decode(a.encode(session))).contains(session);
    }

    @Test
    void shouldRefuseACookieSignedWithAnotherKeyOrAltered() {
        SessionCookies a = node("the-province-shared-key", NOW);
        String cookie = a.encode(a.open("officer1", 3));
        String payload = cookie.substring(0, cookie.indexOf('.'));
        String forged = node("someone-elses-key-1234", NOW).encode(a.open("admin", 3));

        assertThat(a.decode(forged.substring(0, forged.indexOf('.')) + cookie.substring(cookie.indexOf('.')))).isEmpty();
        assertThat(a.decode(forged)).isEmpty();
        assertThat(a.decode(payload + "x" + cookie.substring(payload.length()))).isEmpty();
        assertThat(a.decode(payload + ".")).isEmpty();
    }

    @Test
    void shouldRefuseACookiePastItsLifetime() {
        SessionCookies a = node("the-province-shared-key", NOW);
        String cookie = a.encode(a.open("officer1", 3));

        assertThat(node("the-province-shared-key", NOW.plus(SessionCookies.LIFETIME).minusSeconds(1)).decode(cookie)).isPresent();
        assertThat(node("the-province-shared-key", NOW.plus(SessionCookies.LIFETIME).plus(Duration.ofSeconds(1))).decode(cookie))
                .isEmpty();
    }

    @Test
    void shouldCheckTheSameCookieOnManyThreadsAtOnce() throws Exception {
        SessionCookies a = node("the-province-shared-key", NOW);
        List<String> cookies = IntStream.range(0, 50).mapToObj(i -> a.encode(a.open("officer" + i, i))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<Session>>> work = IntStream.range(0, 4000)
                    .<Callable<Optional<Session>>>mapToObj(i -> () -> a.decode(cookies.get(i % cookies.size()))).toList();
            List<Future<Optional<Session>>> results = pool.invokeAll(work);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).map(Session::username).contains("officer" + (i % cookies.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
