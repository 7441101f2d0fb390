package org.onedoor.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** A staff member who signs in: password stored as a bcrypt hash, roles comma-separated. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    public String password;

    public String roles;

    public Set<String> roleSet() {
        return Set.of(roles.split(","));
    }

    /** Null for ADMIN, who works across every center. */
    public Long centerId;

    public String displayName;

    /** Moved on at sign-out: sessions opened before are no longer accepted. */
    public int sessionVersion;

    /** Switched off by a manager or an administrator: signs in nowhere until switched on again. */
    public boolean disabled;

    /** bcrypt reads a password's first 72 bytes only: a longer one would sign in with any tail. */
    public static final int MAX_PASSWORD_BYTES = 72;

    /** How many bytes bcrypt would have to read of this password. */
    public static int passwordBytes(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length;
    }

    /** What is stored of a password: its bcrypt hash. */
    public static String hash(String plainPassword) {
        return BcryptUtil.bcryptHash(plainPassword);
    }

    public static AppUser create(String username, String plainPassword, String roles, Long centerId, String displayName) {
        return withHash(username, hash(plainPassword), roles, centerId, displayName);
    }

    /** A new account whose password was hashed already ({@link #hash}, off the event loop). */
    public static AppUser withHash(String username, String passwordHash, String roles, Long centerId, String displayName) {
        AppUser user = new AppUser();
        user.username = username;
        user.password = passwordHash;
        user.roles = roles;
        user.centerId = centerId;
        user.displayName = displayName;
        return user;
    }
}
