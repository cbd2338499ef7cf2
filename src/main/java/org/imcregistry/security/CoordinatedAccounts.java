package org.imcregistry.security;

/**
 * Whether the signed-in person coordinates a partnership that an account takes part in: the people whose
 * invitations a coordinator may send again. Answered where partnerships live, so this package need not know them.
 */
public interface CoordinatedAccounts {

    boolean coordinatedByCurrentUser(long accountId);
}
