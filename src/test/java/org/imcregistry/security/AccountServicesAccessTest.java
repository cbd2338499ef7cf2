package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Access rules hold in the services themselves, so a bypassed view cannot get around them. */
@IntegrationTest
class AccountServicesAccessTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    MyAccount myAccount;
    @Autowired
    Invitations invitations;
    @Autowired
    PasswordResets resets;
    @Autowired
    PasswordLinks passwordLinks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdminsAdministerAccounts(Role role) {
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", "n/a", List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            assertThatThrownBy(() -> administration.find("", 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.create(new NewAccount("intruder", "Intruder",
                    "intruder@example.org", Locale.ENGLISH, Set.of(Role.ADMIN))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.setEnabled(1L, false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.sendPasswordResetLink(1L))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitations.revoke(1L)).isInstanceOf(AccessDeniedException.class);
        } finally {
            securityContext.clearContext();
        }
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsHaveNoAccount() {
        assertThatThrownBy(() -> myAccount.changePassword("x", "y")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.count("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite(new NewAccount("visitor", "Visitor", "v@example.org",
                Locale.ENGLISH, Set.of(Role.MEMBER)), null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.resend(1L, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.statuses(List.of(1L))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsMayAskForAResetAndOpenLinksButLearnNothing() {
        resets.request("nobody@example.org", Locale.ENGLISH);
        assertThat(passwordLinks.open("no-such-token", LinkPurpose.INVITATION).state()).isEqualTo(LinkState.UNKNOWN);
        assertThatThrownBy(() -> passwordLinks.choosePassword("x".repeat(43), LinkPurpose.PASSWORD_RESET,
                "long-enough-1", "long-enough-1")).isInstanceOfSatisfying(PasswordLinks.LinkUnusable.class,
                        e -> assertThat(e.state()).isEqualTo(LinkState.UNKNOWN));
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void coordinatorsInviteNoAdministrators() {
        assertThatThrownBy(() -> invitations.invite(new NewAccount("would.be.admin", "Would Be", "wb@example.org",
                Locale.ENGLISH, Set.of(Role.ADMIN)), null, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(administrationCount()).isZero();
    }

    private long administrationCount() {
        return jdbc.queryForObject("select count(*) from user_account where username = 'would.be.admin'", Long.class);
    }

    @Test
    void withoutAnyAuthenticationServicesRefuse() {
        securityContext.clearContext();
        assertThatThrownBy(() -> myAccount.current())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsCreateAndFindAccounts() {
        AccountSummary created = administration.create(new NewAccount("  new.person@x ", "New Person",
                "new.person@example.org", Locale.ENGLISH, Set.of(Role.EDITOR, Role.JUROR)));
        assertThat(created.username()).isEqualTo("new.person@x");
        assertThat(administration.find("new.person", 0, 10)).extracting(AccountSummary::roles)
                .containsExactly(Set.of(Role.EDITOR, Role.JUROR));
    }

    @Test
    @WithUserDetails("member")
    void membersRememberTheirLanguage() {
        myAccount.rememberLocale(Locale.forLanguageTag("pl"));
        assertThat(myAccount.preferredLocale()).contains(Locale.forLanguageTag("pl"));
        assertThat(myAccount.current().username()).isEqualTo("member");
    }
}
