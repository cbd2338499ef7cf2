package org.imcregistry.security;

/** The rules a new password must meet; {@link #check} names the first one it breaks as a message key. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new AccountException("password.error.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new AccountException("password.error.too-long", MAX_LENGTH);
        }
        if (password.isBlank() || password.equalsIgnoreCase(username)) {
            throw new AccountException("password.error.like-username");
        }
    }
}
