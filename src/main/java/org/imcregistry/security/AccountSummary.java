package org.imcregistry.security;

import java.time.Instant;
import java.util.Set;

/** What other packages and views may know of an account: never its password hash. */
public record AccountSummary(
        Long id,
        String username,
        String displayName,
        String email,
        boolean enabled,
        Instant lockedUntil,
        Set<Role> roles,
        String preferredLocale,
        Long municipalityId,
        boolean mustChangePassword,
        long version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
