package org.onedoor.device;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onedoor.security.RecentCredentials;
import org.onedoor.security.Role;
import org.onedoor.security.StaffIdentityProvider;

/**
 * A device token becomes an identity named {@code device:<id>}, working in its center only, with
 * the role of its kind: a kiosk may issue tickets ({@link Role#KIOSK}); screens only read.
 */
@ApplicationScoped
public class DeviceIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String PRINCIPAL_PREFIX = "device:";

    @Inject
    DeviceRepository devices;

    @Inject
    RecentCredentials credentials;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // keyed by the token's hash: the cache is no second place where live tokens can be read
        String hash = DeviceTokens.hash(request.getToken().getToken());
        return credentials.get("device:" + hash, () -> Panache.withSession(() -> devices.findByTokenHash(hash)))
                .map(device -> {
            if (device == null) {
                throw new AuthenticationFailedException();
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(PRINCIPAL_PREFIX + device.id))
                    .addRole(Role.DEVICE)
                    .addAttribute(StaffIdentityProvider.CENTER_ATTRIBUTE, device.centerId);
            if (device.kind == DeviceKind.KIOSK) {
                identity.addRole(Role.KIOSK);
            }
            if (device.kind == DeviceKind.BRIDGE) {
                identity.addRole(Role.BRIDGE);
            }
            if (device.kind == DeviceKind.COUNTER_SCREEN) {
                identity.addRole(Role.COUNTER_SCREEN).addAttribute(StaffIdentityProvider.COUNTER_ATTRIBUTE, device.counterId);
            }
            return identity.build();
        });
    }

    /** The id of the device an identity belongs to; only called where the DEVICE role was required. */
    public static long deviceId(SecurityIdentity identity) {
        return Long.parseLong(identity.getPrincipal().getName().substring(PRINCIPAL_PREFIX.length()));
    }
}
