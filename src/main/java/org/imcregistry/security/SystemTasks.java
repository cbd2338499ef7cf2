package org.imcregistry.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Work the app does on its own behalf, with nobody signed in: scheduled reminders and digests, and the few
 * look-ups a personal link needs (the partnership's name, its coordinators' addresses). It runs as the account-less
 * "system" principal, which passes {@code isAuthenticated()} and nothing more: no role, no partnership.
 */
@Component
public class SystemTasks {

    // "#" is not allowed in usernames, so no account can ever be mistaken for the system principal.
    static final String SYSTEM = "#system";

    private final SecurityContextHolderStrategy securityContext;

    SystemTasks(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public <T> T run(Supplier<T> task) {
        SecurityContext previous = securityContext.getContext();
        SecurityContext system = securityContext.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        securityContext.setContext(system);
        try {
            return task.get();
        } finally {
            securityContext.setContext(previous);
        }
    }

    public void run(Runnable task) {
        run(() -> {
            task.run();
            return null;
        });
    }
}
