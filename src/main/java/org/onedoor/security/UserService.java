package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onedoor.center.Center;
import org.onedoor.center.CenterRepository;
import org.onedoor.common.Problem;
import org.onedoor.security.StaffSignOuts.StaffSignedOut;

/**
 * Staff accounts: an ADMIN creates and manages anyone; a MANAGER creates and manages the officers
 * and guides of their own center; everyone changes their own password.
 */
@ApplicationScoped
public class UserService {

    @Inject
    AppUserRepository users;

    @Inject
    CenterRepository centers;

    @Inject
    StaffAccess access;

    @Inject
    Vertx vertx;

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
        return hashed(request.password()).chain(hash -> Panache.withTransaction(() -> {
            Uni<Center> center = admin ? Uni.createFrom().nullItem()
                    : centers.require(request.center()).call(access::actorIn);
            return center.chain(c -> users.findByUsername(request.username()).chain(existing -> {
                if (existing != null) {
                    throw Problem.conflict(w -> w.userExists(request.username()));
                }
                String roles = String.join(",", new TreeSet<>(request.roles()));
                AppUser user = AppUser.withHash(request.username(), hash, roles, c == null ? null : c.id,
                        request.displayName());
                return users.persistAndFlush(user).map(saved -> view(saved, c));
            }));
        }));
    }

    /** bcrypt takes ~0.1 s of CPU: on a worker, before any transaction, never on the event loop inside one. */
    private Uni<String> hashed(String password) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> AppUser.hash(password)));
    }

    /**
     * The accounts of one center, by username; without a center, a manager's own center's, and an
     * administrator's every account.
     */
    @WithSession
    public Uni<List<UserView>> list(String centerCode) {
        Uni<List<AppUser>> accounts;
        if (centerCode != null) {
            accounts = centers.require(centerCode).call(access::actorIn)
                    .chain(c -> users.list("centerId", Sort.by("username"), c.id));
        } else if (access.isAdmin()) {
            accounts = users.listAll(Sort.by("username"));
        } else {
            accounts = users.list("centerId", Sort.by("username"), access.centerId());
        }
        return accounts.chain(list -> centers.listAll().map(all -> {
            Map<Long, Center> byId = all.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
            return list.stream().map(u -> view(u, u.centerId == null ? null : byId.get(u.centerId))).toList();
        }));
    }

    /**
     * A new password, set by whoever manages the account (a forgotten one) or by its owner (who
     * has proved the current one first: UserResource). Every session of the account ends.
     */
    public Uni<StaffSignedOut> setPassword(String username, String password) {
        int bytes = AppUser.passwordBytes(password);
        if (bytes > AppUser.MAX_PASSWORD_BYTES) {
            throw Problem.badRequest(w -> w.passwordTooLong(bytes));
        }
        return hashed(password).chain(hash -> Panache.withTransaction(() -> manageable(username).map(user -> {
            user.password = hash;
            return endSessions(user);
        })));
    }

    /**
     * Switches an account off (an officer who left, a lost phone: every session ends, and it signs
     * in nowhere) or on again. Its name stays in the audit log and the figures.
     */
    @WithTransaction
    public Uni<StaffSignedOut> setDisabled(String username, boolean disabled) {
        if (disabled && username.equals(access.username())) {
            throw Problem.conflict(w -> w.cannotDisableYourself());
        }
        return manageable(username).map(user -> {
            user.disabled = disabled;
            return endSessions(user);
        });
    }

    /** An account as edited, and the session version its sessions carry (none of them ends). */
    public record Edited(UserView view, int sessionVersion) {
    }

    /**
     * A new display name or role. A manager edits the officers and guides of their own center
     * (manageable), and their own display name; a role they give is OFFICER or GUIDE only, as at
     * creation. No one changes their own role: a manager demoting themself would be locked out of
     * the page they did it on, and an administrator can do it for them. An ADMIN stays one, for an
     * administrator has no center to take a center's role in; making someone ADMIN takes them out
     * of their center, as an ADMIN is created. The new role holds from the account's next request
     * (UserResource makes every node read the account again), without ending its sessions.
     */
    @WithTransaction
    public Uni<Edited> edit(String username, UserChange change) {
        if (change.displayName() == null && change.role() == null) {
            throw Problem.badRequest(UserProblems.class, w -> w.nothingToChange());
        }
        if (change.displayName() != null && change.displayName().isBlank()) {
            throw Problem.badRequest(UserProblems.class, w -> w.displayNameBlank());
        }
        String role = change.role();
        return manageable(username).chain(user -> {
            // the role it has already is no change: the page sends the role it shows with the name
            boolean newRole = role != null && !user.roleSet().equals(Set.of(role));
            if (newRole && !access.isAdmin() && (role.equals(Role.ADMIN) || role.equals(Role.MANAGER))) {
                throw Problem.forbidden(UserProblems.class, w -> w.onlyAdminGivesRole(role));
            }
            if (newRole && username.equals(access.username())) {
                throw Problem.conflict(UserProblems.class, w -> w.cannotChangeOwnRole());
            }
            if (newRole && user.roleSet().contains(Role.ADMIN)) {
                throw Problem.conflict(UserProblems.class, w -> w.adminStaysAdmin(username));
            }
            if (change.displayName() != null) {
                user.displayName = change.displayName().strip();
            }
            if (newRole) {
                user.roles = role;
                if (role.equals(Role.ADMIN)) {
                    user.centerId = null;
                }
            }
            Uni<Center> center = user.centerId == null ? Uni.createFrom().nullItem() : centers.findById(user.centerId);
            return center.map(c -> new Edited(view(user, c), user.sessionVersion));
        });
    }

    /** Ends every session of an account (a phone left signed in on the counter). */
    @WithTransaction
    public Uni<StaffSignedOut> endSessions(String username) {
        return manageable(username).map(UserService::endSessions);
    }

    private static StaffSignedOut endSessions(AppUser user) {
        user.sessionVersion++;
        return new StaffSignedOut(user.username, user.sessionVersion);
    }

    /**
     * The account, locked for this transaction (a manager switching it off while its owner changes
     * its password must not have one write the other's row back), if the signed-in user may manage
     * it: see the class comment. Only an administrator learns that a name is no one's (404);
     * anyone else is refused alike whether it exists or not, so no one lists the accounts by trying.
     */
    private Uni<AppUser> manageable(String username) {
        boolean self = username.equals(access.username());
        if (!access.isAdmin() && !self && !access.hasRole(Role.MANAGER)) {
            return Uni.createFrom().failure(Problem.forbidden(w -> w.notYoursToManage(username)));
        }
        return users.findByUsernameLocked(username).map(user -> {
            boolean ownStaff = user != null && access.hasRole(Role.MANAGER) && Objects.equals(user.centerId, access.centerId())
                    && !user.roleSet().contains(Role.ADMIN) && !user.roleSet().contains(Role.MANAGER);
            if (!access.isAdmin() && !ownStaff && !self) {
                throw Problem.forbidden(w -> w.notYoursToManage(username));
            }
            if (user == null) {
                throw Problem.notFound(w -> w.noSuchUser(username));
            }
            return user;
        });
    }

    static UserView view(AppUser user, Center center) {
        return new UserView(user.username, user.username, Arrays.asList(user.roles.split(",")),
                center == null ? null : center.code, user.displayName, user.disabled);
    }
}
