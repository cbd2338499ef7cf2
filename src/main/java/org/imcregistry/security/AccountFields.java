package org.imcregistry.security;

import org.jspecify.annotations.Nullable;
import java.util.Set;
import java.util.regex.Pattern;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.mail.Outbox;

/** The rules an account's fields meet, each broken one named by a message key; shared by invitation and editing. */
final class AccountFields {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_NAME = 200;

    private AccountFields() {
    }

    static String username(String username) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("account.error.username-format");
        }
        return name;
    }

    static String displayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException("account.error.name-required");
        }
        if (displayName.length() > MAX_NAME) {
            throw new AccountException("account.error.name-too-long", MAX_NAME);
        }
        return Text.withoutControlCharacters(displayName).strip();
    }

    /** An optional address, for editing an account. */
    static @Nullable String optionalEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            throw new AccountException("account.error.email-format");
        }
        return email.strip();
    }

    /** The address an invitation goes to: required, and one that mail can really be sent to. */
    static String invitationEmail(String email) {
        try {
            return Outbox.requireAddress(email);
        } catch (UserFacingException notAnAddress) {
            throw new AccountException("invite.error.email");
        }
    }

    static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("account.error.role-required");
        }
        return roles;
    }
}
