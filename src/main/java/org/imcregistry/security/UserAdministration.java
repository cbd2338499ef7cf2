package org.imcregistry.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.imcregistry.common.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration. Every method requires the ADMIN role and runs in one transaction. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                       ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
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

    /** Creates an account; refuses a taken or malformed username, a weak password or no role. */
    @Transactional
    public AccountSummary create(NewAccount request) {
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("account.error.username-format");
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new AccountException("account.error.username-taken", username);
        }
        PasswordPolicy.check(request.initialPassword(), username);
        var account = new UserAccount(username, requireName(request.displayName()),
                passwordEncoder.encode(request.initialPassword()), clock.instant());
        account.setEmail(checkEmail(request.email()));
        account.setRoles(requireRoles(request.roles()));
        return accounts.save(account).summary();
    }

    /**
     * Changes name, e-mail and roles; refuses if someone else changed the account since it was read. Changed roles
     * end the account's open sessions, which would otherwise keep the old ones.
     */
    @Transactional
    public AccountSummary update(long id, long expectedVersion, String displayName, String email, Set<Role> roles) {
        UserAccount account = load(id, expectedVersion);
        account.setDisplayName(requireName(displayName));
        account.setEmail(checkEmail(email));
        if (!Set.copyOf(account.getRoles()).equals(Set.copyOf(requireRoles(roles)))) {
            account.setRoles(roles);
            events.publishEvent(new SignedInSessions.AccessChanged(account.getUsername()));
        }
        return accounts.saveAndFlush(account).summary();
    }

    /**
     * Sets a temporary password chosen by the admin, to be replaced at the next sign-in, and lifts any sign-in lock.
     * Whoever is signed in with the old password is signed out.
     */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = load(id, null);
        PasswordPolicy.check(newPassword, account.getUsername());
        account.setOneTimePassword(passwordEncoder.encode(newPassword), clock.instant());
        account.clearFailedSignIns();
        events.publishEvent(new SignedInSessions.AccessChanged(account.getUsername()));
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

    private UserAccount load(long id, Long expectedVersion) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new AccountException("account.error.not-found"));
        if (expectedVersion != null && account.getVersion() != expectedVersion) {
            throw new AccountException("account.error.changed-meanwhile");
        }
        return account;
    }

    private static String requireName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException("account.error.name-required");
        }
        if (displayName.length() > 200) {
            throw new AccountException("account.error.name-too-long", 200);
        }
        return Text.withoutControlCharacters(displayName).strip();
    }

    private static String checkEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            throw new AccountException("account.error.email-format");
        }
        return email.strip();
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("account.error.role-required");
        }
        return roles;
    }
}
