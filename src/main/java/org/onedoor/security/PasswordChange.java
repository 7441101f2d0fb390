package org.onedoor.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password for an account. {@code currentPassword} is needed when the account is the
 * signed-in user's own: a session left open on a counter's PC must not let a passer-by take the
 * account over.
 */
public record PasswordChange(
        @NotBlank @Size(min = 8, max = 72, message = "{onedoor.password}") String password,
        String currentPassword) {
}
