package org.imcregistry.security;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imcregistry.common.SecretTokens;
import org.imcregistry.common.SupportedLocales;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts made by invitation: the person gets a mail with a link, valid for {@link LinkPurpose#INVITATION}'s
 * time, where they choose their own password; until then nobody can sign in to the account. Admins invite anyone
 * with any roles; coordinators invite coordinators and members (which partnership is for the caller to check),
 * and send again only the invitations of people in partnerships they coordinate.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
public class Invitations {

    private static final Set<Role> COORDINATORS_MAY_GIVE = Set.of(Role.COORDINATOR, Role.MEMBER);

    private final UserAccountRepository accounts;
    private final AccountLinks links;
    private final AccountMail mail;
    private final CurrentUser currentUser;
    private final CoordinatedAccounts coordinated;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Invitations(UserAccountRepository accounts, AccountLinks links, AccountMail mail, CurrentUser currentUser,
            CoordinatedAccounts coordinated, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
        this.currentUser = currentUser;
        this.coordinated = coordinated;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The new account. Its password is chosen by the person, so there is none to hand over. */
    public record Invitation(long accountId, String username) {
    }

    /**
     * Creates the account and queues the invitation in one transaction: a refused field creates and sends nothing.
     * {@code partnership} (may be null) is named in the mail.
     */
    @Transactional
    public Invitation invite(NewAccount invitee, @Nullable Long municipalityId, @Nullable String partnership) {
        String username = AccountFields.username(invitee.username());
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new AccountException("account.error.username-taken", username);
        }
        String displayName = AccountFields.displayName(invitee.displayName());
        String email = AccountFields.invitationEmail(invitee.email());
        Set<Role> roles = AccountFields.roles(invitee.roles());
        if (!currentUser.hasRole(Role.ADMIN) && !COORDINATORS_MAY_GIVE.containsAll(roles)) {
            throw new AccessDeniedException("coordinators invite coordinators and members only");
        }
        // Nobody knows this password, so the account cannot be signed in to until its link is used.
        var account = new UserAccount(username, displayName, passwordEncoder.encode(SecretTokens.newToken()),
                clock.instant());
        account.setEmail(email);
        account.setRoles(roles);
        account.setMunicipalityId(municipalityId);
        account.setPreferredLocale(SupportedLocales.closest(invitee.language()).toLanguageTag());
        accounts.save(account);
        mail.invitation(account, links.issue(account, LinkPurpose.INVITATION), inviterName(), partnership);
        return new Invitation(account.getId(), username);
    }

    /** A new link to the account's address; the older ones stop working. Only while no password has been chosen. */
    @Transactional
    public void resend(long accountId, @Nullable String partnership) {
        UserAccount account = invited(accountId);
        mail.invitation(account, links.issue(account, LinkPurpose.INVITATION), inviterName(), partnership);
    }

    /** Withdraws a pending invitation (admins only): its link then says so. A new one can be sent later. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long accountId) {
        UserAccount account = invited(accountId);
        if (links.invitationStatus(account).orElseThrow() != InvitationStatus.PENDING) {
            throw new AccountException("invite.error.not-pending", account.getUsername());
        }
        links.revokeOpen(account, LinkPurpose.INVITATION);
    }

    /** The status of those accounts that have an invitation outstanding; coordinators learn it of their people only. */
    @Transactional(readOnly = true)
    public Map<Long, InvitationStatus> statuses(Collection<Long> accountIds) {
        Collection<Long> visible = currentUser.hasRole(Role.ADMIN) ? accountIds
                : accountIds.stream().filter(coordinated::coordinatedByCurrentUser).collect(Collectors.toSet());
        return links.invitationStatuses(visible);
    }

    private UserAccount invited(long accountId) {
        if (!currentUser.hasRole(Role.ADMIN) && !coordinated.coordinatedByCurrentUser(accountId)) {
            throw new AccessDeniedException("not a person of a partnership the coordinator coordinates");
        }
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new AccountException("account.error.not-found"));
        if (links.invitationStatus(account).isEmpty()) {
            throw new AccountException("invite.error.accepted", account.getUsername());
        }
        if (!account.isEnabled()) {
            throw new AccountException("invite.error.disabled", account.getUsername());
        }
        return account;
    }

    private String inviterName() {
        return currentUser.username().map(name -> accounts.findByUsernameIgnoreCase(name)
                .map(UserAccount::getDisplayName).orElse(name)).orElseThrow();
    }
}
