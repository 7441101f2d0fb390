package org.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testing.ClientAddress;
import org.onedoor.testing.Floor;
import org.onedoor.testing.TestClock;
import org.onedoor.testing.TestDatabase;

/** Password guessing, through HTTP Basic and the sign-in form, is stopped for a while. */
@QuarkusTest
class LoginLimitTest {

    @Inject
    LoginLimits limits;

    @Inject
    LoginAttempts attempts;

    @Inject
    TestDatabase database;

    @Inject
    TestClock clock;

    @Test
    void shouldLockAUsernameEvenForTheRightPasswordAndLockLongerEachTime() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        String colleague = floor.user("OFFICER");
        String here = ClientAddress.fresh();
        String elsewhere = ClientAddress.fresh();

        for (int i = 0; i < limits.userFailures() - 1; i++) {
            me(here, officer, "wrong-" + i).then().statusCode(401);
        }
        // signing in resets the count: an officer's morning typos never add up
        me(here, officer, Floor.STAFF_PASSWORD).then().statusCode(200);
        for (int i = 0; i < limits.userFailures(); i++) {
            me(here, officer, "wrong-" + i).then().statusCode(401);
        }

        Response locked = me(here, officer, Floor.STAFF_PASSWORD);
        locked.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("Too many failed sign-ins"));
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, limits.userLock().toSeconds());
        me(elsewhere, officer, Floor.STAFF_PASSWORD).then().statusCode(429); // the username is locked, wherever from
        me(here, colleague, Floor.STAFF_PASSWORD).then().statusCode(200); // and only that username

        clock.advance(limits.userLock());
        for (int i = 0; i < limits.userFailures(); i++) {
            me(here, officer, "wrong-again-" + i).then().statusCode(401);
        }
        Response longer = me(here, officer, Floor.STAFF_PASSWORD);
        longer.then().statusCode(429);
        assertThat(Long.parseLong(longer.header("Retry-After"))).isGreaterThan(limits.userLock().toSeconds())
                .isLessThanOrEqualTo(limits.userLock().multipliedBy(2).toSeconds());

        clock.advance(limits.userLock().multipliedBy(2));
        me(here, officer, Floor.STAFF_PASSWORD).then().statusCode(200).body("username", is(officer));
    }

    @Test
    void shouldLockTheSignInFormTooAndSayForHowLong() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        String here = ClientAddress.fresh();
        for (int i = 0; i < limits.userFailures(); i++) {
            assertThat(form(here, officer, "wrong-" + i).header("Location")).contains("/login?error=1")
                    .doesNotContain("locked");
        }

        Response refused = form(here, officer, Floor.STAFF_PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.detailedCookie(SessionCookies.SESSION)).isNull();
        long minutes = (limits.userLock().toSeconds() + 59) / 60;
        assertThat(refused.header("Location")).contains("locked=" + minutes);
        assertThat(refused.header("Retry-After")).isNotNull();
        String page = ClientAddress.from(here).get(refused.header("Location")).then().statusCode(200).extract().asString();
        assertThat(page).contains("Đã nhập sai quá nhiều lần", "Xin thử lại sau " + minutes + " phút")
                .doesNotContain("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(ClientAddress.from(here).get(refused.header("Location") + "&lang=en").then().extract().asString())
                .contains("Too many wrong attempts", "try again in " + minutes + " min");
    }

    @Test
    void shouldStopOneAddressTryingManyUsernamesWithoutLockingOutOthers() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        String guesser = ClientAddress.fresh();
        String office = ClientAddress.fresh();
        Response signedIn = form(guesser, officer, Floor.STAFF_PASSWORD);
        assertThat(signedIn.detailedCookie(SessionCookies.SESSION)).isNotNull();

        // one wrong password for each of many usernames: no username reaches its own limit
        for (int i = 0; i < limits.addressFailures(); i++) {
            me(guesser, "nobody-" + UUID.randomUUID(), "guess").then().statusCode(401);
        }

        Response refused = me(guesser, officer, Floor.STAFF_PASSWORD);
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(limits.userLock().toSeconds(),
                limits.addressLock().toSeconds());
        // the same officer from another address is fine, and a session opened before still works
        me(office, officer, Floor.STAFF_PASSWORD).then().statusCode(200);
        ClientAddress.from(guesser).cookie(SessionCookies.SESSION, signedIn.cookie(SessionCookies.SESSION))
                .get("/api/me").then().statusCode(200).body("username", is(officer));

        clock.advance(limits.addressLock());
        me(guesser, officer, Floor.STAFF_PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldNeitherCountNorLockAnAddressListedAsUnlimited() {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        assertThat(limits.unlimitedAddresses().orElseThrow()).contains("127.0.0.1");

        for (int i = 0; i < limits.userFailures() * 2; i++) {
            me("127.0.0.1", officer, "wrong-" + i).then().statusCode(401);
        }

        me("127.0.0.1", officer, Floor.STAFF_PASSWORD).then().statusCode(200);
        // the same failures from an address that is counted would have locked the username
        me(ClientAddress.fresh(), officer, Floor.STAFF_PASSWORD).then().statusCode(200);
    }

    /**
     * The counts are rows in the database, shared by a cluster's nodes: a flood of made-up names
     * leaves one each. An hour after their last failure the clean-up deletes them; a count still
     * running stays.
     */
    @Test
    void shouldDeleteCountsNoLongerNeeded() throws Exception {
        String guesser = ClientAddress.fresh();
        String madeUp = "nobody-" + UUID.randomUUID();
        me(guesser, madeUp, "wrong").then().statusCode(401);
        assertThat(countRows(madeUp, guesser)).isEqualTo(2);

        clock.advance(LoginAttempts.FORGET_AFTER.plusMinutes(1));
        String recent = "nobody-" + UUID.randomUUID();
        me(ClientAddress.fresh(), recent, "wrong").then().statusCode(401);
        attempts.clean().await().atMost(Duration.ofSeconds(10));

        assertThat(countRows(madeUp, guesser)).isZero();
        assertThat(countRows(recent, "-")).isEqualTo(1);
    }

    /**
     * A password the server remembers (it checked it this morning) still starts the count again
     * when the officer signs in with the form: typos before and after a sign-in never add up.
     * A name typed with a NUL in it is a wrong name like any other, not a server error.
     */
    @Test
    void shouldStartTheCountAgainAtEachSignInAndRefuseAnyName() throws Exception {
        Floor floor = Floor.create();
        String officer = floor.user("OFFICER");
        String here = ClientAddress.fresh();
        form(here, officer, Floor.STAFF_PASSWORD).then().statusCode(303).header("Location", not(containsString("error")));

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < limits.userFailures() - 1; i++) {
                me(here, officer, "wrong-" + round + "-" + i).then().statusCode(401);
            }
            form(here, officer, Floor.STAFF_PASSWORD).then().statusCode(303).header("Location", not(containsString("error")));
        }
        me(here, officer, Floor.STAFF_PASSWORD).then().statusCode(200);

        me(ClientAddress.fresh(), "nul\u0000" + officer, "wrong").then().statusCode(401);
        form(ClientAddress.fresh(), "nul\u0000" + officer, "wrong").then().statusCode(303).header("Location", containsString("error"));
        assertThat(countRows("nul\uFFFD" + officer, "-")).as("counted, with U+FFFD for the NUL").isEqualTo(1);
    }

    private int countRows(String username, String address) throws Exception {
        try (var connection = database.getConnection(); var query = connection.prepareStatement(
                "SELECT count(*) FROM sign_in_limit WHERE (kind = 'USER' AND key = ?) OR (kind = 'ADDRESS' AND key = ?)")) {
            query.setString(1, username);
            query.setString(2, address);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Response me(String address, String username, String password) {
        return ClientAddress.from(address).auth().preemptive().basic(username, password).get("/api/me");
    }

    private static Response form(String address, String username, String password) {
        return ClientAddress.from(address).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password).post("/login");
    }
}
