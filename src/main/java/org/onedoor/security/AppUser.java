package org.onedoor.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    public static AppUser create(String username, String plainPassword, String roles, Long centerId, String displayName) {
        AppUser user = new AppUser();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(plainPassword);
        user.roles = roles;
        user.centerId = centerId;
        user.displayName = displayName;
        return user;
    }
}
