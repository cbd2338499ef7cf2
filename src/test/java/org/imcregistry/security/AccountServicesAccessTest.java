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
    SecurityContextHolderStrategy securityContext;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdminsAdministerAccounts(Role role) {
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", "n/a", List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            assertThatThrownBy(() -> administration.find("", 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.create(new NewAccount("intruder", "Intruder", null,
                    "long-enough-1", Set.of(Role.ADMIN)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.setEnabled(1L, false)).isInstanceOf(AccessDeniedException.class);
        } finally {
            securityContext.clearContext();
        }
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsHaveNoAccount() {
        assertThatThrownBy(() -> myAccount.changePassword("x", "y")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.count("")).isInstanceOf(AccessDeniedException.class);
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
                "new.person@example.org", "long-enough-1", Set.of(Role.EDITOR, Role.JUROR)));
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
