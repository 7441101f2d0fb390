package org.onedoor.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Staff pages sign in once with the login form; the session cookie then stands for the user on
 * pages, API calls and the floor socket. A request with an Authorization header (Basic for API
 * clients, Bearer for devices) is left to those mechanisms.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    SessionCookies sessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(SessionCookies.SESSION);
        if (cookie == null || context.request().getHeader("Authorization") != null) {
            return Uni.createFrom().nullItem();
        }
        return sessions.decode(cookie.getValue()).map(s -> {
            TrustedAuthenticationRequest request = new TrustedAuthenticationRequest(s.username());
            request.setAttribute(StaffIdentityProvider.SESSION_VERSION_ATTRIBUTE, s.version());
            // a session of a removed user, or one ended by signing out, is no session: anonymous,
            // so the sign-in page itself still opens
            return identities.authenticate(request).onFailure(AuthenticationFailedException.class).recoverWithNull();
        }).orElse(Uni.createFrom().nullItem());
    }

    /**
     * Never sent: Quarkus asks Basic for the challenge of an anonymous request. Staff pages do not
     * call the API without a session (see staff/js/api.js), so no browser password box appears.
     */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TrustedAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, SessionCookies.SESSION));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY - 200;
    }
}
