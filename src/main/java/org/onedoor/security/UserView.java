package org.onedoor.security;

import java.util.List;

public record UserView(String id, String username, List<String> roles, String center, String displayName, boolean disabled) {
}
