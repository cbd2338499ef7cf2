package org.imcregistry.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is signed in, read through the same {@link SecurityContextHolderStrategy} bean that method security
 * checks (Vaadin's session-aware one), so a service never disagrees with its own access check.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;
    private final UserAccountRepository accounts;

    CurrentUser(SecurityContextHolderStrategy securityContext, UserAccountRepository accounts) {
        this.securityContext = securityContext;
        this.accounts = accounts;
    }

    public boolean hasRole(Role role) {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** The id of the signed-in person's account, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Long> accountId() {
        return username().flatMap(accounts::findByUsernameIgnoreCase).map(UserAccount::getId);
    }

    public Optional<String> username() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                ? Optional.empty()
                : Optional.of(authentication.getName());
    }

    /** The username, for services whose access rule already demands a signed-in user. */
    String requireUsername() {
        return username().orElseThrow(() -> new AccountException("account.error.not-found"));
    }
}
