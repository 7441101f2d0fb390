package org.onedoor.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import org.onedoor.common.OnContext;
import org.onedoor.common.Sha256;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs staff in with a username and password (HTTP Basic now, the login form later).
 *
 * <p>bcrypt is slow on purpose (~50-100 ms of CPU), and a Basic client sends its password with
 * every request: verifying each one would cap a 2-core server at a few dozen requests a second.
 * So a successful check is remembered, keyed by a SHA-256 of the password and tied to the user's
 * current hash: the user row is read again at least every second (see RecentCredentials), and a
 * changed password no longer matches the remembered hash, so it is checked afresh.
 */
@ApplicationScoped
public class StaffIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** A hash made as users' are (same cost), checked for a username nobody has. */
    private static final String NOBODY = BcryptUtil.bcryptHash("no user has this password");

    /** The id of the one center a non-ADMIN user (or a device) works in. */
    public static final String CENTER_ATTRIBUTE = "onedoor.centerId";
    /** The id of the counter a counter screen stands at. */
    public static final String COUNTER_ATTRIBUTE = "onedoor.counterId";
    /** The user's session version (see AppUser#sessionVersion). */
    public static final String SESSION_VERSION_ATTRIBUTE = "onedoor.sessionVersion";
    /**
     * The user's name as colleagues know it ("Nguyễn Thị Lan"), when one is set that is not their
     * username: the counter screen shows it to the public, and a username is half a sign-in.
     */
    public static final String DISPLAY_NAME_ATTRIBUTE = "onedoor.displayName";

    private static final int MAX_REMEMBERED = 10_000;
    private static final String SIGN_IN_ATTRIBUTE = "onedoor.signIn";

    /** username → (digest of a password that matched, the bcrypt hash it matched). */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    AppUserRepository users;

    @Inject
    LoginAttempts attempts;

    @Inject
    RecentCredentials credentials;

    @Inject
    Event<SignInRefused> refused;

    private record Verified(String passwordDigest, String hash) {
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = clientAddress(http);
        String path = http == null ? null : http.normalizedPath();
        try {
            // a locked username or address is refused before the database or bcrypt is asked,
            // even with the right password: that is what stops the guessing
            attempts.check(username, address);
        } catch (AuthenticationFailedException locked) {
            // not recorded: the failure that locked it was, and a guesser's flood would fill the log
            return Uni.createFrom().failure(locked);
        }
        return credentials.get("user:" + username, () -> Panache.withSession(() -> users.findByUsername(username)))
                .chain(user -> {
            String digest = Sha256.hex(password);
            Verified known = user == null ? null : verified.get(username);
            boolean remembered = known != null && known.passwordDigest().equals(digest) && known.hash().equals(user.password);
            if (remembered && !user.disabled && !isSignIn(request)) {
                // a Basic client sends its password with every request: no query, no hop to another thread
                return Uni.createFrom().item(identity(user));
            }
            // What every node counted, before the password is tried: every guess comes this way (a
            // wrong password is never remembered), and so does a sign-in (the form, a password
            // change), which starts the count again. The counts' statements answer on the pool's
            // thread: the request goes on on its own context.
            return OnContext.ofCaller(attempts.checkShared(username, address)
                    // an unknown user is as slow as a wrong password: a quick refusal would tell which usernames exist
                    .chain(() -> remembered ? Uni.createFrom().item(true)
                            : Uni.createFrom().item(() -> BcryptUtil.matches(password, user == null ? NOBODY : user.password))
                                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                    .chain(matches -> {
                        if (user == null || !matches) {
                            return wrongPassword(username, user != null, user == null ? null : user.centerId, address, path);
                        }
                        remember(username, new Verified(digest, user.password));
                        return signedIn(user, address, path);
                    }));
        });
    }

    /**
     * The right password. A switched-off account's counts as a wrong one: a script still sending
     * an officer's credentials after they left is locked out and goes quiet in the audit log.
     * Otherwise the username's count starts again.
     */
    private Uni<SecurityIdentity> signedIn(AppUser user, String address, String path) {
        if (user.disabled) {
            return wrongPassword(user.username, true, user.centerId, address, path);
        }
        return attempts.succeeded(user.username).map(ignored -> identity(user));
    }

    /** Counts the failure, tells the audit log, and refuses. */
    private Uni<SecurityIdentity> wrongPassword(String username, boolean known, Long centerId, String address,
            String path) {
        return attempts.failed(username, address).chain(lockedNow -> {
            refused.fire(new SignInRefused(username, known, centerId, address, path, lockedNow));
            return Uni.createFrom().failure(new AuthenticationFailedException());
        });
    }

    /**
     * Marks a request as a person signing in (the sign-in form, a password change), not the
     * credentials an HTTP Basic client sends with every request: only a sign-in resets the count
     * when this node already knows the password.
     */
    public static UsernamePasswordAuthenticationRequest signIn(UsernamePasswordAuthenticationRequest request) {
        request.setAttribute(SIGN_IN_ATTRIBUTE, Boolean.TRUE);
        return request;
    }

    private static boolean isSignIn(UsernamePasswordAuthenticationRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(SIGN_IN_ATTRIBUTE));
    }

    /**
     * The client's address, from the HTTP request that carried the credentials (Basic sets it; the
     * sign-in form sets it too). Behind a reverse proxy it is the proxy's unless
     * quarkus.http.proxy.proxy-address-forwarding trusts the proxy's X-Forwarded-For.
     */
    private static String clientAddress(RoutingContext http) {
        if (http == null || http.request().remoteAddress() == null) {
            return null;
        }
        return http.request().remoteAddress().hostAddress();
    }

    private void remember(String username, Verified entry) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(username, entry);
    }

    /** The identity of an account that is switched on (a session cookie's: see StaffSessionIdentityProvider). */
    static SecurityIdentity enabled(AppUser user) {
        if (user.disabled) {
            throw new AuthenticationFailedException();
        }
        return identity(user);
    }

    static SecurityIdentity identity(AppUser user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(user.roleSet())
                .addAttribute(SESSION_VERSION_ATTRIBUTE, user.sessionVersion);
        if (user.centerId != null) {
            builder.addAttribute(CENTER_ATTRIBUTE, user.centerId);
        }
        String name = user.displayName == null ? "" : user.displayName.strip();
        if (!name.isEmpty() && !name.equalsIgnoreCase(user.username)) {
            builder.addAttribute(DISPLAY_NAME_ATTRIBUTE, name);
        }
        return builder.build();
    }

    /** Who is signed in, as staff pages greet them: by their display name, else by their username. */
    public static String shownName(SecurityIdentity identity) {
        String name = identity.getAttribute(DISPLAY_NAME_ATTRIBUTE);
        return name != null ? name : identity.getPrincipal().getName();
    }
}
