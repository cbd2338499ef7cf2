package org.imcregistry.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in people do with their own account. Acts only on the account of the current user. */
@Service
@PreAuthorize("isAuthenticated()")
public class MyAccount {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final NotificationSettingsRepository notificationSettings;

    MyAccount(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            NotificationSettingsRepository notificationSettings) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.notificationSettings = notificationSettings;
    }

    @Transactional(readOnly = true)
    public AccountSummary current() {
        return currentAccount().summary();
    }

    /** Changes the password after checking the current one; the new one must meet the password policy. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = currentAccount();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("password.error.current-wrong");
        }
        PasswordPolicy.check(newPassword, account.getUsername());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountException("password.error.same-as-current");
        }
        account.setOwnPassword(passwordEncoder.encode(newPassword));
    }

    /** Whether the signed-in person still uses a one-time password they must replace. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentAccount().isMustChangePassword();
    }

    /** Remembers the language the user chose, for their next visits. */
    @Transactional
    public void rememberLocale(Locale locale) {
        currentAccount().setPreferredLocale(locale.toLanguageTag());
    }

    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return Optional.ofNullable(currentAccount().getPreferredLocale()).map(Locale::forLanguageTag);
    }

    /** The signed-in person's choice of notification mail; the defaults until they save one. */
    @Transactional(readOnly = true)
    public NotificationPreferences notificationPreferences() {
        return notificationSettings.findById(currentAccount().getId()).map(NotificationSettings::preferences)
                .orElse(NotificationPreferences.DEFAULTS);
    }

    /** Saves the signed-in person's choice of notification mail; it holds from the next mail on. */
    @Transactional
    public void saveNotificationPreferences(NotificationPreferences preferences) {
        long id = currentAccount().getId();
        NotificationSettings settings = notificationSettings.findById(id).orElseGet(() -> new NotificationSettings(id));
        settings.apply(preferences);
        notificationSettings.save(settings);
    }

    private UserAccount currentAccount() {
        return accounts.findByUsernameIgnoreCase(currentUser.requireUsername())
                .orElseThrow(() -> new AccountException("account.error.not-found"));
    }
}
