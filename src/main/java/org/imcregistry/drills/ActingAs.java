package org.imcregistry.drills;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Drill writes run as a named account on the current thread, so that they meet the same access checks as the views
 * (unlike {@code SystemTasks}, whose system principal passes only the rules that name it).
 */
@Component
@Profile({"crash-test", "cluster-drill"})
class ActingAs {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    ActingAs(UserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    void as(String username) {
        var details = users.loadUserByUsername(username);
        securityContext.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, "n/a", details.getAuthorities()));
    }

    void clear() {
        securityContext.clearContext();
    }
}
