package org.imcregistry.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names of people, for pages that list who takes part in something. Signed-in users only. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The enabled accounts with a role (the jurors a manager may choose from), by name. */
    @Transactional(readOnly = true)
    public List<AccountSummary> withRole(Role role) {
        return accounts.findByRole(role).stream().filter(UserAccount::isEnabled).map(UserAccount::summary)
                .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, AccountSummary> byIds(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(UserAccount::summary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }
}
