package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.TreeSet;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;

/** Staff accounts: an ADMIN creates anyone; a MANAGER creates officers and guides of their center. */
@ApplicationScoped
public class UserService {

    @Inject
    AppUserRepository users;

    @Inject
    CenterRepository centers;

    @Inject
    StaffAccess access;

    @WithTransaction
    public Uni<UserView> create(UserRequest request) {
        boolean admin = request.roles().contains(Role.ADMIN);
        if (admin && request.roles().size() > 1) {
            throw Problem.badRequest(w -> w.adminNoOtherRole());
        }
        if (!admin && request.center() == null) {
            throw Problem.badRequest(w -> w.sayWhichCenter(String.join("/", request.roles())));
        }
        int bytes = AppUser.passwordBytes(request.password());
        if (bytes > AppUser.MAX_PASSWORD_BYTES) {
            throw Problem.badRequest(w -> w.passwordTooLong(bytes));
        }
        if (!access.isAdmin() && (admin || request.roles().contains(Role.MANAGER))) {
            throw Problem.forbidden(w -> w.onlyAdminCreatesManagers());
        }
        Uni<Center> center = admin ? Uni.createFrom().nullItem()
                : centers.require(request.center()).call(access::actorIn);
        return center.chain(c -> users.findByUsername(request.username()).chain(existing -> {
            if (existing != null) {
                throw Problem.conflict(w -> w.userExists(request.username()));
            }
            String roles = String.join(",", new TreeSet<>(request.roles()));
            AppUser user = AppUser.create(request.username(), request.password(), roles, c == null ? null : c.id,
                    request.displayName());
            return users.persistAndFlush(user).map(saved -> view(saved, c));
        }));
    }

    static UserView view(AppUser user, Center center) {
        return new UserView(user.username, user.username, Arrays.asList(user.roles.split(",")),
                center == null ? null : center.code, user.displayName);
    }
}
