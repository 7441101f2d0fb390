package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The user behind a genuine session cookie, read afresh at least every second (see
 * RecentCredentials): an ended session or a changed role takes effect whatever the cookie says.
 */
@ApplicationScoped
public class StaffSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    AppUserRepository users;

    @Inject
    RecentCredentials credentials;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        Object version = request.getAttribute(StaffIdentityProvider.SESSION_VERSION_ATTRIBUTE);
        String username = request.getPrincipal();
        return credentials.get("user:" + username, () -> Panache.withSession(() -> users.findByUsername(username))).map(user -> {
            if (user == null || !Integer.valueOf(user.sessionVersion).equals(version)) {
                throw new AuthenticationFailedException();
            }
            return StaffIdentityProvider.enabled(user);
        });
    }
}
