package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** The rules an admin meets when managing accounts: clear refusals, nothing half-done. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserAdministrationTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    PasswordLinks passwordLinks;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesBadInputWithAReasonAndCreatesAndSendsNothing() {
        long before = accounts.count();
        long mails = jdbc.queryForObject("select count(*) from outbox_message", Long.class);
        assertRefused(invitee("ab", "Name", "ab@example.org", Set.of(Role.MEMBER)), "account.error.username-format");
        assertRefused(invitee("<script>", "Name", "x@example.org", Set.of(Role.MEMBER)),
                "account.error.username-format");
        assertRefused(invitee("ADMIN", "Name", "x@example.org", Set.of(Role.MEMBER)), "account.error.username-taken");
        assertRefused(invitee("valid.name", " ", "x@example.org", Set.of(Role.MEMBER)), "account.error.name-required");
        assertRefused(invitee("valid.name", "Name", null, Set.of(Role.MEMBER)), "invite.error.email");
        assertRefused(invitee("valid.name", "Name", "not-an-email", Set.of(Role.MEMBER)), "invite.error.email");
        assertRefused(invitee("valid.name", "Name", "x@example.org\r\nBcc: y@example.org", Set.of(Role.MEMBER)),
                "invite.error.email");
        assertRefused(invitee("valid.name", "Name", "x@example.org", Set.of()), "account.error.role-required");
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message", Long.class)).isEqualTo(mails);
    }

    @Test
    void aNewAccountHasNoPasswordAnyoneKnowsAndItsOwnLanguage() {
        AccountSummary created = administration.create(invitee("no.password", "No Password", "np@example.org",
                Set.of(Role.MEMBER)));
        UserAccount stored = accounts.findById(created.id()).orElseThrow();
        assertThat(stored.isMustChangePassword()).isFalse();
        assertThat(stored.isPasswordExpiredAt(Instant.now())).as("no one-time password").isFalse();
        assertThat(stored.getPreferredLocale()).isEqualTo("nb");
        assertThat(MailedLinks.newestTo(jdbc, "np@example.org").getPath()).startsWith("/invitation/");
    }

    @Test
    void passwordsChosenByLinkAreStoredAsAdaptiveHashes() {
        AccountSummary created = administration.create(invitee("hash.check", "Hash Check", "hash@example.org",
                Set.of(Role.MEMBER)));
        String token = MailedLinks.token(MailedLinks.newestTo(jdbc, "hash@example.org"));
        passwordLinks.choosePassword(token, LinkPurpose.INVITATION, "long-enough-1", "long-enough-1");
        String stored = accounts.findById(created.id()).orElseThrow().getPasswordHash();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("long-enough-1");
        assertThat(encoder.matches("long-enough-1", stored)).isTrue();
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwriting() {
        AccountSummary created = administration.create(invitee("stale.edit", "First", "stale@example.org",
                Set.of(Role.MEMBER)));
        administration.update(created.id(), created.version(), "Second", null, Set.of(Role.MEMBER));
        assertThatThrownBy(() -> administration.update(created.id(), created.version(), "Third", null,
                Set.of(Role.MEMBER))).isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.changed-meanwhile"));
        assertThat(administration.find("stale.edit", 0, 1).getFirst().displayName()).isEqualTo("Second");
    }

    @Test
    void aPasswordChosenWithAResetLinkLiftsALock() {
        AccountSummary created = administration.create(invitee("locked.one", "Locked", "locked@example.org",
                Set.of(Role.MEMBER)));
        passwordLinks.choosePassword(MailedLinks.token(MailedLinks.newestTo(jdbc, "locked@example.org")),
                LinkPurpose.INVITATION, "long-enough-1", "long-enough-1");
        UserAccount account = accounts.findById(created.id()).orElseThrow();
        for (int i = 0; i < SignInLockout.MAX_FAILED_SIGN_INS; i++) {
            account.recordFailedSignIn(Instant.now(), SignInLockout.MAX_FAILED_SIGN_INS, SignInLockout.LOCK_DURATION);
        }
        accounts.save(account);
        assertThat(accounts.findById(created.id()).orElseThrow().getLockedUntil()).isNotNull();

        administration.sendPasswordResetLink(created.id());
        assertThat(accounts.findById(created.id()).orElseThrow().getLockedUntil())
                .as("sending the link changes nothing yet").isNotNull();
        passwordLinks.choosePassword(MailedLinks.token(MailedLinks.newestTo(jdbc, "locked@example.org")),
                LinkPurpose.PASSWORD_RESET, "brand-new-pass", "brand-new-pass");
        UserAccount after = accounts.findById(created.id()).orElseThrow();
        assertThat(after.getLockedUntil()).isNull();
        assertThat(encoder.matches("brand-new-pass", after.getPasswordHash())).isTrue();
    }

    @Test
    void aResetLinkNeedsAnAddressAndAPersonWhoAcceptedTheirInvitation() {
        AccountSummary invited = administration.create(invitee("still.invited", "Still Invited",
                "still@example.org", Set.of(Role.MEMBER)));
        assertThatThrownBy(() -> administration.sendPasswordResetLink(invited.id()))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.users.reset-link.invited"));
        passwordLinks.choosePassword(MailedLinks.token(MailedLinks.newestTo(jdbc, "still@example.org")),
                LinkPurpose.INVITATION, "long-enough-1", "long-enough-1");
        AccountSummary accepted = administration.find("still.invited", 0, 1).getFirst();
        administration.update(accepted.id(), accepted.version(), accepted.displayName(), null, accepted.roles());
        assertThatThrownBy(() -> administration.sendPasswordResetLink(accepted.id()))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.users.reset-link.no-email"));
    }

    private static NewAccount invitee(String username, String displayName, String email, Set<Role> roles) {
        return new NewAccount(username, displayName, email, Locale.forLanguageTag("nb"), roles);
    }

    private void assertRefused(NewAccount request, String expectedKey) {
        assertThatThrownBy(() -> administration.create(request)).isInstanceOfSatisfying(AccountException.class,
                e -> assertThat(e.messageKey()).isEqualTo(expectedKey));
    }
}
