package org.imcregistry.security;

import java.util.Set;

/** What an admin enters to create an account. */
public record NewAccount(String username, String displayName, String email, String initialPassword, Set<Role> roles) {
}
