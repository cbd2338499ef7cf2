package org.imcregistry.security;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration. Every method requires the ADMIN role and runs in one transaction. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    private final UserAccountRepository accounts;
    private final Invitations invitations;
    private final AccountLinks links;
    private final AccountMail mail;
    private final ApplicationEventPublisher events;

    UserAdministration(UserAccountRepository accounts, Invitations invitations, AccountLinks links, AccountMail mail,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.links = links;
        this.mail = mail;
        this.events = events;
    }

    /** One page of accounts whose username or name contains {@code filter}, ordered by username. */
    @Transactional(readOnly = true)
    public List<AccountSummary> find(String filter, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), Sort.by("username"));
        return accounts.search(filter == null ? "" : filter.strip(), page).map(UserAccount::summary).toList();
    }

    @Transactional(readOnly = true)
    public int count(String filter) {
        return (int) accounts.search(filter == null ? "" : filter.strip(), PageRequest.of(0, 1)).getTotalElements();
    }

    /**
     * Creates an account and mails its invitation; refuses a taken or malformed username, a missing or unusable
     * address or no role, and then creates and sends nothing.
     */
    @Transactional
    public AccountSummary create(NewAccount request) {
        long id = invitations.invite(request, null, null).accountId();
        return accounts.findById(id).orElseThrow().summary();
    }

    /**
     * Changes name, e-mail and roles; refuses if someone else changed the account since it was read. Changed roles
     * end the account's open sessions, which would otherwise keep the old ones.
     */
    @Transactional
    public AccountSummary update(long id, long expectedVersion, String displayName, String email, Set<Role> roles) {
        UserAccount account = load(id, expectedVersion);
        account.setDisplayName(AccountFields.displayName(displayName));
        account.setEmail(AccountFields.optionalEmail(email));
        if (!Set.copyOf(account.getRoles()).equals(Set.copyOf(AccountFields.roles(roles)))) {
            account.setRoles(roles);
            events.publishEvent(new SignedInSessions.AccessChanged(account.getUsername()));
        }
        return accounts.saveAndFlush(account).summary();
    }

    /**
     * Mails the person a link to choose a new password, valid for {@link LinkPurpose#PASSWORD_RESET}'s time. The
     * current password keeps working until the link is used; using it lifts a sign-in lock and ends the open
     * sessions. Refused for a disabled account, one without an address, and one still invited (send the invitation
     * again instead).
     */
    @Transactional
    public void sendPasswordResetLink(long id) {
        UserAccount account = load(id, null);
        if (!account.isEnabled()) {
            throw new AccountException("admin.users.reset-link.disabled", account.getUsername());
        }
        if (account.getEmail() == null) {
            throw new AccountException("admin.users.reset-link.no-email", account.getUsername());
        }
        if (links.invitationStatus(account).isPresent()) {
            throw new AccountException("admin.users.reset-link.invited", account.getUsername());
        }
        mail.passwordReset(account, links.issue(account, LinkPurpose.PASSWORD_RESET), null, true);
    }

    /** Disables or re-enables an account; disabling ends its open sessions, re-enabling lifts a sign-in lock. */
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = load(id, null);
        account.setEnabled(enabled);
        if (enabled) {
            account.clearFailedSignIns();
        } else {
            events.publishEvent(new SignedInSessions.AccessChanged(account.getUsername()));
        }
    }

    private UserAccount load(long id, @Nullable Long expectedVersion) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new AccountException("account.error.not-found"));
        if (expectedVersion != null && account.getVersion() != expectedVersion) {
            throw new AccountException("account.error.changed-meanwhile");
        }
        return account;
    }
}
