package org.imcregistry.security;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One personal link sent to an account. Only its token's hash is kept; the token is in the mail alone. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "account_link")
class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected AccountLink() {
    }

    AccountLink(long accountId, LinkPurpose purpose, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** Used and withdrawn come before expired: the page then says what really happened to the link. */
    LinkState stateAt(Instant now) {
        if (usedAt != null) {
            return LinkState.USED;
        }
        if (revokedAt != null) {
            return LinkState.REVOKED;
        }
        return now.isBefore(expiresAt) ? LinkState.VALID : LinkState.EXPIRED;
    }

    Long getId() {
        return id;
    }

    Long getAccountId() {
        return accountId;
    }

    LinkPurpose getPurpose() {
        return purpose;
    }

    String getTokenHash() {
        return tokenHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean wasUsed() {
        return usedAt != null;
    }
}
