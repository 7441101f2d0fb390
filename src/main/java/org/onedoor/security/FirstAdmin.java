package org.onedoor.security;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Production has no default password: the first ADMIN is created from ONEDOOR_ADMIN_PASSWORD
 * (and ONEDOOR_ADMIN_USER, default "admin") when no user with that name exists yet.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @ConfigProperty(name = "onedoor.admin.user", defaultValue = "admin")
    String username;

    @ConfigProperty(name = "onedoor.admin.password")
    Optional<String> password;

    @Inject
    AppUserRepository users;

    void onStart(@Observes @Priority(10) StartupEvent event) throws Throwable {
        if (password.isEmpty() || password.get().isBlank()) {
            return;
        }
        if (password.get().length() < 10 || AppUser.passwordBytes(password.get()) > AppUser.MAX_PASSWORD_BYTES) {
            LOG.error("ONEDOOR_ADMIN_PASSWORD must have at least 10 characters and at most 72 bytes in UTF-8"
                    + " (bcrypt reads no further); no admin was created.");
            return;
        }
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> users.findByUsername(username)
                .chain(existing -> existing != null ? Uni.createFrom().voidItem()
                        : users.persist(AppUser.create(username, password.get(), Role.ADMIN, null, "Administrator"))
                                .invoke(() -> LOG.infof("Created the first administrator '%s'", username))
                                .replaceWithVoid())));
    }
}
