package org.imcregistry.security;

import java.util.Locale;
import java.util.Set;

/**
 * Whom an admin or a coordinator invites: the invitation goes to {@code email}, in {@code language}, which also
 * becomes the account's language. No password: the person chooses their own with the invitation's link.
 */
public record NewAccount(String username, String displayName, String email, Locale language, Set<Role> roles) {
}
