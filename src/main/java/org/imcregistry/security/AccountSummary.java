package org.imcregistry.security;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.Set;

/** What other packages and views may know of an account: never its password hash. */
public record AccountSummary(
        Long id,
        String username,
        String displayName,
        @Nullable String email,
        boolean enabled,
        @Nullable Instant lockedUntil,
        Set<Role> roles,
        @Nullable String preferredLocale,
        @Nullable Long municipalityId,
        boolean mustChangePassword,
        long version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
