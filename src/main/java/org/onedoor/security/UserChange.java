package org.onedoor.security;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What changes in an account: its display name (a name misspelt, or typed without its
 * diacritics), its role (an officer who becomes a guide), or both; what is left out stays as it
 * is. The username never changes: the audit log and the figures know the person by it.
 */
public record UserChange(
        @Size(max = 100) String displayName,
        @Pattern(regexp = "ADMIN|MANAGER|OFFICER|GUIDE", message = "{onedoor.role}") String role) {
}
