package org.imcregistry.security;

import org.imcregistry.common.UserFacingException;

/** An account operation was refused for a reason the user can fix; carries a message key for the UI. */
public class AccountException extends UserFacingException {

    public AccountException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
