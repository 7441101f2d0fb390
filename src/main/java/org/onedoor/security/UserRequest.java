package org.onedoor.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new staff account. {@code center} is required for every role but ADMIN. */
public record UserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{onedoor.username}") String username,
        @NotBlank @Size(min = 8, max = 72, message = "{onedoor.password}") String password,
        @NotEmpty Set<@NotNull(message = "{onedoor.roleNamed}") @Pattern(regexp = "ADMIN|MANAGER|OFFICER|GUIDE", message = "{onedoor.role}") String> roles,
        String center,
        @NotBlank @Size(max = 100) String displayName) {
}
