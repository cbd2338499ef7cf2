package org.imcregistry.security;

import java.util.Objects;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.imcregistry.common.SupportedLocales;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets a notification, for the features that send them: enabled accounts with an e-mail address that have
 * not switched the topic off, each with the language to write in. Addresses go from here into the outbox only;
 * no view may use this (the architecture test says so).
 */
@Service
// Notifications are caused by anyone who may act (an author submitting, an editor deciding) and by scheduled work
// with nobody signed in (the digest, the judging reminder); the calling feature checks who may do what causes them.
@PreAuthorize("permitAll()")
public class NotificationRecipients {

    private final UserAccountRepository accounts;
    private final NotificationSettingsRepository settings;

    NotificationRecipients(UserAccountRepository accounts, NotificationSettingsRepository settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    /**
     * Those of the given accounts who may receive mail of {@code topic}, ordered by account id; the others (unknown,
     * disabled, without an address, switched off) are left out without a word, so that a missing address never
     * stops the action that causes the mail.
     */
    @Transactional(readOnly = true)
    public List<MailRecipient> mailRecipients(Collection<Long> accountIds, NotificationTopic topic) {
        List<UserAccount> found = accounts.findAllById(accountIds.stream().distinct().toList());
        Map<Long, NotificationPreferences> chosen = preferencesOf(found);
        return found.stream().filter(NotificationRecipients::mailable)
                .filter(a -> chosen.getOrDefault(a.getId(), NotificationPreferences.DEFAULTS).allows(topic))
                .sorted(Comparator.comparing(UserAccount::getId)).map(NotificationRecipients::recipient).toList();
    }

    /** The editors (role EDITOR) who want to hear of submissions in the given way, ordered by account id. */
    @Transactional(readOnly = true)
    public List<MailRecipient> editors(SubmissionAlerts alerts) {
        List<UserAccount> editors = accounts.findByRole(Role.EDITOR);
        Map<Long, NotificationPreferences> chosen = preferencesOf(editors);
        return editors.stream().filter(NotificationRecipients::mailable)
                .filter(a -> chosen.getOrDefault(a.getId(), NotificationPreferences.DEFAULTS).submissions() == alerts)
                .sorted(Comparator.comparing(UserAccount::getId)).map(NotificationRecipients::recipient).toList();
    }

    private Map<Long, NotificationPreferences> preferencesOf(List<UserAccount> people) {
        return settings.findAllById(people.stream().map(UserAccount::getId).toList()).stream()
                .collect(Collectors.toMap(NotificationSettings::getAccountId, NotificationSettings::preferences,
                        (a, b) -> a));
    }

    private static boolean mailable(UserAccount account) {
        return account.isEnabled() && account.getEmail() != null && !account.getEmail().isBlank();
    }

    private static MailRecipient recipient(UserAccount account) {
        Locale locale = account.getPreferredLocale() == null || account.getPreferredLocale().isBlank()
                ? SupportedLocales.ENGLISH
                : SupportedLocales.closest(Locale.forLanguageTag(account.getPreferredLocale()));
        return new MailRecipient(account.getId(), Objects.requireNonNull(account.getEmail(), "only accounts with an address are notified").strip(), account.getDisplayName(), locale);
    }
}
