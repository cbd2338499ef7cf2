package org.imcregistry.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, read through the same {@link SecurityContextHolderStrategy} bean that method security
 * checks (Vaadin's session-aware one), so a service never disagrees with its own access check.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
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
