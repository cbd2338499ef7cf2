package org.imcregistry.security;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages of invitation and reset links do: tell what a link can do, and choose a password with it. The
 * token is the only credential, so it is never logged, and a refusal says which state the link is in and nothing
 * about the account.
 */
@Service
// Anonymous visitors open these links: holding the token (256 random bits, mailed to the account's address) is
// what entitles them, and each method checks it before anything else.
@PreAuthorize("permitAll()")
public class PasswordLinks {

    private final AccountLinks links;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordLinks(AccountLinks links, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** What a link can do; for a valid one, whose account it opens (their own, as the token came by their mail). */
    public record Opened(LinkState state, @Nullable String username, @Nullable String displayName) {
    }

    /** A link that cannot be used (any more); {@link #state()} says why. */
    public static final class LinkUnusable extends AccountException {
        private final LinkState state;

        LinkUnusable(LinkState state) {
            super("link.error.unusable");
            this.state = state;
        }

        public LinkState state() {
            return state;
        }
    }

    @Transactional(readOnly = true)
    public Opened open(String token, LinkPurpose purpose) {
        Optional<AccountLink> link = links.find(token, purpose);
        if (link.isEmpty()) {
            return new Opened(LinkState.UNKNOWN, null, null);
        }
        UserAccount account = accounts.findById(link.get().getAccountId()).orElse(null);
        if (account == null) {
            return new Opened(LinkState.UNKNOWN, null, null); // as stateOf() finds for a missing account
        }
        LinkState state = stateOf(link.get(), account);
        return state == LinkState.VALID ? new Opened(state, account.getUsername(), account.getDisplayName())
                : new Opened(state, null, null);
    }

    /**
     * Sets the account's own password (typed twice, meeting the password policy), uses up the link and withdraws
     * the account's other links, lifts a sign-in lock, and ends the account's open sessions after commit: whoever
     * was signed in with the old password is out. Returns the username to sign in with.
     */
    @Transactional
    public String choosePassword(String token, LinkPurpose purpose, String password, String repeated) {
        AccountLink link = links.find(token, purpose).orElseThrow(() -> new LinkUnusable(LinkState.UNKNOWN));
        UserAccount account = accounts.findById(link.getAccountId())
                .orElseThrow(() -> new LinkUnusable(LinkState.UNKNOWN));
        LinkState state = stateOf(link, account);
        if (state != LinkState.VALID) {
            throw new LinkUnusable(state);
        }
        if (password == null || !password.equals(repeated)) {
            throw new AccountException("password.error.not-repeated");
        }
        PasswordPolicy.check(password, account.getUsername());
        if (!links.use(link)) {
            throw new LinkUnusable(LinkState.USED);
        }
        account.setOwnPassword(passwordEncoder.encode(password));
        account.clearFailedSignIns();
        events.publishEvent(new SignedInSessions.AccessChanged(account.getUsername()));
        return account.getUsername();
    }

    /** A disabled account's links open nothing: for its holder they are as good as withdrawn. */
    private LinkState stateOf(AccountLink link, @Nullable UserAccount account) {
        if (account == null) {
            return LinkState.UNKNOWN;
        }
        LinkState state = link.stateAt(clock.instant());
        return state == LinkState.VALID && !account.isEnabled() ? LinkState.REVOKED : state;
    }
}
