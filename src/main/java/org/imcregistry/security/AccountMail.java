package org.imcregistry.security;

import org.jspecify.annotations.Nullable;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.common.SupportedLocales;
import org.imcregistry.mail.Letter;
import org.imcregistry.mail.MailKind;
import org.imcregistry.mail.Outbox;
import org.springframework.stereotype.Component;

/**
 * The two mails that let a person in: an invitation and a password reset, each with its personal link, in the
 * person's own language. Queued in the caller's transaction, so a refused change sends nothing.
 */
@Component
class AccountMail {

    private final Outbox outbox;
    private final PublicLinks publicLinks;

    AccountMail(Outbox outbox, PublicLinks publicLinks) {
        this.outbox = outbox;
        this.publicLinks = publicLinks;
    }

    /** From {@code inviter}, naming the partnership in the subject when the invitation is to one. */
    void invitation(UserAccount account, String token, String inviter, @Nullable String partnership) {
        Letter.Builder letter = Letter.to(Objects.requireNonNull(account.getEmail(), "to"), account.getDisplayName(), languageOf(account, null),
                MailKind.ACCOUNT_INVITATION).subject("link.mail.invitation.subject");
        if (partnership == null || partnership.isBlank()) {
            letter.paragraph("link.mail.invitation.text", inviter);
        } else {
            letter.partnership(partnership).paragraph("link.mail.invitation.partnership-text", inviter, partnership);
        }
        outbox.queue(letter.paragraph("link.mail.invitation.username", account.getUsername())
                .link("link.mail.invitation.link", publicLinks.path("invitation/" + token))
                .paragraph("link.mail.invitation.ignore")
                .paragraph("link.mail.invitation.why", inviter)
                .build());
    }

    /** Sent at the person's own request, or by an administrator ({@code byAdministrator}), which the text says. */
    void passwordReset(UserAccount account, String token, @Nullable Locale requestLanguage, boolean byAdministrator) {
        outbox.queue(Letter.to(Objects.requireNonNull(account.getEmail(), "to"), account.getDisplayName(), languageOf(account, requestLanguage),
                        MailKind.PASSWORD_RESET)
                .subject("link.mail.reset.subject")
                .paragraph(byAdministrator ? "link.mail.reset.by-admin" : "link.mail.reset.requested",
                        account.getUsername())
                .paragraph("link.mail.reset.validity")
                .link("link.mail.reset.link", publicLinks.path("reset-password/" + token))
                .paragraph("link.mail.reset.ignore")
                .build());
    }

    /** The language the person chose (or was invited in); otherwise the one the request came in. */
    private static Locale languageOf(UserAccount account, @Nullable Locale fallback) {
        return SupportedLocales.closest(Optional.ofNullable(account.getPreferredLocale()).map(Locale::forLanguageTag)
                .orElse(fallback));
    }
}
