package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.imcregistry.common.SecretTokens;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PersonRole;
import org.imcregistry.municipality.RegisterFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What a personal link allows: once, in time, while it is the newest one, and only for whom it was meant. */
@IntegrationTest
class AccountLinkRulesTest {

    private static final String PASSWORD = "long-enough-1";

    @Autowired
    UserAdministration administration;
    @Autowired
    Invitations invitations;
    @Autowired
    PartnershipRegister register;
    @Autowired
    PasswordLinks links;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    MutableClock clock;

    @Test
    void anInvitationWorksForSevenDaysAndThenShowsItHasExpired() {
        String early = tokenOf(invite("rules.early"));
        String late = tokenOf(invite("rules.late"));
        clock.advance(Duration.ofDays(7).minusSeconds(1));
        links.choosePassword(early, LinkPurpose.INVITATION, PASSWORD, PASSWORD);
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.open(late, LinkPurpose.INVITATION).state()).isEqualTo(LinkState.EXPIRED);
        assertRefused(late, LinkPurpose.INVITATION, LinkState.EXPIRED);
        assertThat(canSignIn("rules.late", PASSWORD)).isFalse();
    }

    @Test
    void aLinkWorksOnceAndItsAccountsOtherLinksStopWorking() {
        AccountSummary account = invite("rules.once");
        String invitation = tokenOf(account);
        links.choosePassword(invitation, LinkPurpose.INVITATION, PASSWORD, PASSWORD);
        assertThat(links.open(invitation, LinkPurpose.INVITATION).state()).isEqualTo(LinkState.USED);
        assertRefused(invitation, LinkPurpose.INVITATION, LinkState.USED);

        as("admin", Role.ADMIN, () -> administration.sendPasswordResetLink(account.id()));
        String firstReset = tokenOf(account);
        as("admin", Role.ADMIN, () -> administration.sendPasswordResetLink(account.id()));
        String secondReset = tokenOf(account);
        assertThat(links.open(firstReset, LinkPurpose.PASSWORD_RESET).state()).as("replaced by the newer")
                .isEqualTo(LinkState.REVOKED);
        links.choosePassword(secondReset, LinkPurpose.PASSWORD_RESET, "second-choice-1", "second-choice-1");
        assertRefused(secondReset, LinkPurpose.PASSWORD_RESET, LinkState.USED);
        assertThat(canSignIn("rules.once", "second-choice-1")).isTrue();
    }

    @Test
    void aResetLinkWorksForTwoHoursAndATokenOpensOnlyItsOwnPage() {
        AccountSummary account = invite("rules.reset");
        links.choosePassword(tokenOf(account), LinkPurpose.INVITATION, PASSWORD, PASSWORD);
        as("admin", Role.ADMIN, () -> administration.sendPasswordResetLink(account.id()));
        String reset = tokenOf(account);
        assertThat(links.open(reset, LinkPurpose.INVITATION).state()).isEqualTo(LinkState.UNKNOWN);
        clock.advance(Duration.ofHours(2));
        assertRefused(reset, LinkPurpose.PASSWORD_RESET, LinkState.EXPIRED);
        assertThat(canSignIn("rules.reset", PASSWORD)).as("the old password stays").isTrue();
    }

    @Test
    void aWithdrawnInvitationOrADisabledAccountOpensNothing() {
        AccountSummary withdrawn = invite("rules.withdrawn");
        as("admin", Role.ADMIN, () -> invitations.revoke(withdrawn.id()));
        assertRefused(tokenOf(withdrawn), LinkPurpose.INVITATION, LinkState.REVOKED);
        assertThat(as("admin", Role.ADMIN, () -> invitations.statuses(List.of(withdrawn.id()))))
                .containsEntry(withdrawn.id(), InvitationStatus.REVOKED);

        AccountSummary disabled = invite("rules.disabled");
        as("admin", Role.ADMIN, () -> administration.setEnabled(disabled.id(), false));
        assertRefused(tokenOf(disabled), LinkPurpose.INVITATION, LinkState.REVOKED);
    }

    @Test
    void aRefusedPasswordChangesNothingAndLeavesTheLinkUsable() {
        String token = tokenOf(invite("rules.weak"));
        assertThatThrownBy(() -> links.choosePassword(token, LinkPurpose.INVITATION, "short", "short"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.too-short"));
        assertThatThrownBy(() -> links.choosePassword(token, LinkPurpose.INVITATION, PASSWORD, PASSWORD + "x"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.not-repeated"));
        assertThat(links.open(token, LinkPurpose.INVITATION).state()).isEqualTo(LinkState.VALID);
    }

    @Test
    void aCoordinatorSendsInvitationsAgainOnlyForTheirOwnPartnershipsPeople() {
        long sogn = partnership("Sogn regionråd");
        long bir = partnership("BIR AS");
        long ofBir = as("admin", Role.ADMIN, () -> register.invite(bir, invitee("rules.bir", bir))).accountId();
        long ofSogn = as("coordinator", Role.COORDINATOR, () -> register.invite(sogn, invitee("rules.sogn", sogn)))
                .accountId();
        String before = MailedLinks.token(MailedLinks.newestTo(jdbc, "rules.bir@example.org"));

        as("coordinator", Role.COORDINATOR, () -> {
            assertThatThrownBy(() -> register.resendInvitation(bir, ofBir)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.resendInvitation(sogn, ofBir)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitations.resend(ofBir, null)).isInstanceOf(AccessDeniedException.class);
            assertThat(invitations.statuses(List.of(ofBir, ofSogn))).containsOnlyKeys(ofSogn);
            register.resendInvitation(sogn, ofSogn);
            return null;
        });
        assertThat(MailedLinks.token(MailedLinks.newestTo(jdbc, "rules.bir@example.org"))).isEqualTo(before);
        assertThat(MailedLinks.messagesTo(jdbc, "rules.sogn@example.org")).isEqualTo(2);
    }

    @Test
    void theTokenNeverReachesTheLog() {
        // Every log event of the app, whatever the console does: another test may have set logging up anew.
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var events = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        events.start();
        root.addAppender(events);
        ch.qos.logback.classic.Logger app = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("org.imcregistry");
        ch.qos.logback.classic.Level level = app.getLevel();
        app.setLevel(ch.qos.logback.classic.Level.DEBUG);
        try {
            AccountSummary account = invite("rules.logged");
            String token = tokenOf(account);
            links.open(token, LinkPurpose.INVITATION);
            links.choosePassword(token, LinkPurpose.INVITATION, PASSWORD, PASSWORD);
            String logged = events.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null
                    ? "" : " " + e.getThrowableProxy().getMessage())).reduce("", (a, b) -> a + "\n" + b);
            assertThat(logged).as("what was logged meanwhile").contains("Mail #", "kept in Outgoing mail")
                    .doesNotContain(token).doesNotContain(SecretTokens.hash(token));
        } finally {
            root.detachAppender(events);
            app.setLevel(level);
        }
    }

    private AccountSummary invite(String username) {
        return as("admin", Role.ADMIN, () -> administration.create(new NewAccount(username, "Rules Person",
                username + "@example.org", Locale.ENGLISH, Set.of(Role.MEMBER))));
    }

    private PartnershipRegister.Invitee invitee(String username, long partnership) {
        long municipality = register.details(partnership).members().getFirst().municipality().id();
        return new PartnershipRegister.Invitee("Rules Person", username, username + "@example.org", municipality,
                PersonRole.MEMBER, Locale.ENGLISH);
    }

    private String tokenOf(AccountSummary account) {
        return MailedLinks.token(MailedLinks.newestTo(jdbc, account.username() + "@example.org"));
    }

    private void assertRefused(String token, LinkPurpose purpose, LinkState state) {
        String hashBefore = jdbc.queryForObject("select password_hash from user_account where id = (select account_id"
                + " from account_link where token_hash = ?)", String.class, SecretTokens.hash(token));
        assertThatThrownBy(() -> links.choosePassword(token, purpose, "never-set-1", "never-set-1"))
                .isInstanceOfSatisfying(PasswordLinks.LinkUnusable.class, e -> assertThat(e.state()).isEqualTo(state));
        assertThat(jdbc.queryForObject("select password_hash from user_account where id = (select account_id"
                + " from account_link where token_hash = ?)", String.class, SecretTokens.hash(token)))
                .isEqualTo(hashBefore);
    }

    private boolean canSignIn(String username, String password) {
        return encoder.matches(password, accounts.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash());
    }

    private long partnership(String name) {
        return as("admin", Role.ADMIN, () -> register.find(new RegisterFilter(name, null, null, null, null, null), 0, 1)
                .getFirst().id());
    }

    private <T> T as(String username, Role role, Supplier<T> action) {
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            return action.get();
        } finally {
            securityContext.clearContext();
        }
    }

    private void as(String username, Role role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }
}
