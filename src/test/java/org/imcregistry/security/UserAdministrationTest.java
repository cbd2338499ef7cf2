package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** The rules an admin meets when managing accounts: clear refusals, nothing half-done. */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class UserAdministrationTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void refusesBadInputWithAReasonAndCreatesNothing() {
        long before = accounts.count();
        assertRefused(new NewAccount("ab", "Name", null, "long-enough-1", Set.of(Role.MEMBER)),
                "account.error.username-format");
        assertRefused(new NewAccount("<script>", "Name", null, "long-enough-1", Set.of(Role.MEMBER)),
                "account.error.username-format");
        assertRefused(new NewAccount("ADMIN", "Name", null, "long-enough-1", Set.of(Role.MEMBER)),
                "account.error.username-taken");
        assertRefused(new NewAccount("valid.name", " ", null, "long-enough-1", Set.of(Role.MEMBER)),
                "account.error.name-required");
        assertRefused(new NewAccount("valid.name", "Name", "not-an-email", "long-enough-1", Set.of(Role.MEMBER)),
                "account.error.email-format");
        assertRefused(new NewAccount("valid.name", "Name", null, "short", Set.of(Role.MEMBER)),
                "password.error.too-short");
        assertRefused(new NewAccount("valid.name", "Name", null, "valid.name", Set.of(Role.MEMBER)),
                "password.error.like-username");
        assertRefused(new NewAccount("valid.name", "Name", null, "long-enough-1", Set.of()),
                "account.error.role-required");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void passwordsAreStoredAsAdaptiveHashes() {
        AccountSummary created = administration.create(new NewAccount("hash.check", "Hash Check", null,
                "long-enough-1", Set.of(Role.MEMBER)));
        String stored = accounts.findById(created.id()).orElseThrow().getPasswordHash();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("long-enough-1");
        assertThat(encoder.matches("long-enough-1", stored)).isTrue();
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwriting() {
        AccountSummary created = administration.create(new NewAccount("stale.edit", "First", null,
                "long-enough-1", Set.of(Role.MEMBER)));
        administration.update(created.id(), created.version(), "Second", null, Set.of(Role.MEMBER));
        assertThatThrownBy(() -> administration.update(created.id(), created.version(), "Third", null,
                Set.of(Role.MEMBER))).isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.changed-meanwhile"));
        assertThat(administration.find("stale.edit", 0, 1).getFirst().displayName()).isEqualTo("Second");
    }

    @Test
    void resetAndReEnableLiftALock() {
        AccountSummary created = administration.create(new NewAccount("locked.one", "Locked", null,
                "long-enough-1", Set.of(Role.MEMBER)));
        UserAccount account = accounts.findById(created.id()).orElseThrow();
        for (int i = 0; i < SignInLockout.MAX_FAILED_SIGN_INS; i++) {
            account.recordFailedSignIn(java.time.Instant.now(), SignInLockout.MAX_FAILED_SIGN_INS,
                    SignInLockout.LOCK_DURATION);
        }
        accounts.save(account);
        assertThat(accounts.findById(created.id()).orElseThrow().getLockedUntil()).isNotNull();

        administration.resetPassword(created.id(), "brand-new-pass");
        UserAccount after = accounts.findById(created.id()).orElseThrow();
        assertThat(after.getLockedUntil()).isNull();
        assertThat(encoder.matches("brand-new-pass", after.getPasswordHash())).isTrue();
    }

    private void assertRefused(NewAccount request, String expectedKey) {
        assertThatThrownBy(() -> administration.create(request)).isInstanceOfSatisfying(AccountException.class,
                e -> assertThat(e.messageKey()).isEqualTo(expectedKey));
    }
}
