package org.imcregistry.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link #LOCK_DURATION} after {@link #MAX_FAILED_SIGN_INS} wrong passwords in a row,
 * so that a password cannot be guessed by trying. A successful sign-in resets the count.
 */
@Component
class SignInLockout {

    static final int MAX_FAILED_SIGN_INS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserAccountRepository accounts;
    private final Clock clock;

    SignInLockout(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .ifPresent(a -> a.recordFailedSignIn(clock.instant(), MAX_FAILED_SIGN_INS, LOCK_DURATION));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsernameIgnoreCase(event.getAuthentication().getName())
                .filter(a -> a.getFailedSignIns() > 0 || a.getLockedUntil() != null)
                .ifPresent(UserAccount::clearFailedSignIns);
    }
}
