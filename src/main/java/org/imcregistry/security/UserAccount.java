package org.imcregistry.security;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person who can sign in. Only the security package changes it; others read {@link AccountSummary}. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "preferred_locale", length = 10)
    private @Nullable String preferredLocale;

    @Column(name = "municipality_id")
    private @Nullable Long municipalityId;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /**
     * Until when a one-time password signs in; null for a password the user chose themselves. Only accounts from
     * before invitations and resets went by link have one: nobody is handed a password any more.
     */
    @Column(name = "one_time_password_expires_at")
    private @Nullable Instant oneTimePasswordExpiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the threshold-th failure in a row locks the account for the given time. */
    void recordFailedSignIn(Instant now, int threshold, Duration lockDuration) {
        failedSignIns++;
        if (failedSignIns >= threshold) {
            lockedUntil = now.plus(lockDuration);
            failedSignIns = 0;
        }
    }

    /** A password the user chose themselves; it does not expire. */
    void setOwnPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
        this.oneTimePasswordExpiresAt = null;
    }

    boolean isPasswordExpiredAt(Instant now) {
        return oneTimePasswordExpiresAt != null && !now.isBefore(oneTimePasswordExpiresAt);
    }

    void clearFailedSignIns() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    AccountSummary summary() {
        return new AccountSummary(id, username, displayName, email, enabled, lockedUntil, Set.copyOf(roles),
                preferredLocale, municipalityId, mustChangePassword, version);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    int getFailedSignIns() {
        return failedSignIns;
    }

    @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    @Nullable String getPreferredLocale() {
        return preferredLocale;
    }

    void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setEmail(@Nullable String email) {
        this.email = email;
    }

    void setMunicipalityId(@Nullable Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    Set<Role> getRoles() {
        return roles;
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    long getVersion() {
        return version;
    }
}
