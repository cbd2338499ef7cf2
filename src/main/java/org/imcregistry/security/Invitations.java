package org.imcregistry.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.imcregistry.common.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts made by invitation: a one-time password that the inviter hands over, and that the new
 * user must replace at their first sign-in, within {@link UserAccount#ONE_TIME_PASSWORD_VALIDITY}.
 * The caller decides who may invite whom.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
public class Invitations {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Invitations(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The new account and the one-time password to hand over; shown once, stored only as a hash. */
    public record Invitation(long accountId, String username, String oneTimePassword) {
    }

    @Transactional
    public Invitation invite(String username, String displayName, String email, Role role, Long municipalityId) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("account.error.username-format");
        }
        if (accounts.existsByUsernameIgnoreCase(name)) {
            throw new AccountException("account.error.username-taken", name);
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new AccountException("account.error.name-required");
        }
        String password = oneTimePassword();
        String hash = passwordEncoder.encode(password);
        Instant now = clock.instant();
        var account = new UserAccount(name, Text.withoutControlCharacters(displayName).strip(), hash, now);
        account.setOneTimePassword(hash, now);
        account.setEmail(email == null || email.isBlank() ? null : email.strip());
        account.setRoles(EnumSet.of(role));
        account.setMunicipalityId(municipalityId);
        return new Invitation(accounts.save(account).getId(), name, password);
    }

    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
