package org.imcregistry.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.imcregistry.mail.MailKind;
import org.imcregistry.mail.Outbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": a reset link to every enabled account with the address given that has a password (an
 * invited person who has not chosen one yet needs their invitation sent again). The caller learns nothing
 * (not whether an account has the address, is disabled, or the request was throttled), and one address or account
 * gets at most {@link #MAX_PER_HOUR} reset mails an hour, counted in the database so that it holds on every
 * instance of the app.
 */
@Service
public class PasswordResets {

    static final int MAX_PER_HOUR = 3;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final UserAccountRepository accounts;
    private final AccountLinks links;
    private final AccountMail mail;
    private final Outbox outbox;
    private final Clock clock;

    PasswordResets(UserAccountRepository accounts, AccountLinks links, AccountMail mail, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues the reset mails, if any are due; refuses only an address that mail cannot be sent to (which says
     * nothing about accounts). The mail is in the account's language, or else in {@code language}.
     */
    // Anyone may ask: the link goes only to the account's own address, and the throttle keeps it from being a way
    // to flood someone's mailbox.
    @PreAuthorize("permitAll()")
    @Transactional
    public void request(String address, Locale language) {
        String to = Outbox.requireAddress(address);
        Instant since = clock.instant().minus(WINDOW);
        if (outbox.queuedSince(to, MailKind.PASSWORD_RESET, since) >= MAX_PER_HOUR) {
            return;
        }
        for (UserAccount account : accounts.findByEmailIgnoreCase(to)) {
            // Someone still invited gets in by their invitation only, so that a withdrawn one stays withdrawn.
            if (account.isEnabled() && links.invitationStatus(account).isEmpty()
                    && links.issuedSince(account, LinkPurpose.PASSWORD_RESET, since) < MAX_PER_HOUR) {
                mail.passwordReset(account, links.issue(account, LinkPurpose.PASSWORD_RESET), language, false);
            }
        }
    }
}
