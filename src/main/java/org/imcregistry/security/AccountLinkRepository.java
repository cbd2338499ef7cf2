package org.imcregistry.security;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHash(String tokenHash);

    List<AccountLink> findByAccountIdIn(Collection<Long> accountIds);

    long countByAccountIdAndPurposeAndCreatedAtAfter(Long accountId, LinkPurpose purpose, Instant after);

    /**
     * Marks a link used if it still is open, in one statement, so that of two uses at the same moment (on two app
     * instances, say) exactly one succeeds. Returns 1 for the winner, 0 for the other.
     */
    @Modifying(flushAutomatically = true)
    @Query("update AccountLink l set l.usedAt = :now where l.id = :id and l.usedAt is null and l.revokedAt is null"
            + " and l.expiresAt > :now")
    int markUsed(Long id, Instant now);

    /** Withdraws the open links of an account for one purpose, or for every purpose when {@code purpose} is null. */
    @Modifying(flushAutomatically = true)
    @Query("update AccountLink l set l.revokedAt = :now where l.accountId = :accountId"
            + " and (:purpose is null or l.purpose = :purpose) and l.usedAt is null and l.revokedAt is null")
    int revokeOpen(Long accountId, @Nullable LinkPurpose purpose, Instant now);
}
