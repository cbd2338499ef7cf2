package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A one-time password (an invitation's, or an administrator's reset) works for {@link UserAccount#ONE_TIME_PASSWORD_VALIDITY}
 * and then no more, so one that lies unused in a mailbox or on a note does not stay a way in. A password the
 * user chose themselves does not expire.
 */
@IntegrationTest
class OneTimePasswordExpiryTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Invitations invitations;
    @Autowired
    UserAdministration administration;
    @Autowired
    MyAccount myAccount;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    MutableClock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anInvitationsPasswordSignsInForSevenDays() throws Exception {
        Invitations.Invitation invitation = invite();
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        mvc.perform(formLogin("/login").user(invitation.username()).password(invitation.oneTimePassword()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anInvitationsPasswordNoLongerSignsInAfterSevenDays() throws Exception {
        Invitations.Invitation invitation = invite();
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertRefusedAsExpired(invitation.username(), invitation.oneTimePassword());
    }

    @Test
    void aResetPasswordExpiresLikeAnInvitations() throws Exception {
        AccountSummary account = as("admin", Role.ADMIN, () -> administration.create(new NewAccount(
                "reset-" + System.nanoTime(), "Reset Me", null, "long-enough-1", Set.of(Role.MEMBER))));
        clock.advance(Duration.ofDays(30));
        mvc.perform(formLogin("/login").user(account.username()).password("long-enough-1"))
                .andExpect(redirectedUrl("/"));

        as("admin", Role.ADMIN, () -> {
            administration.resetPassword(account.id(), "handed-over-1");
            return null;
        });
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertRefusedAsExpired(account.username(), "handed-over-1");
    }

    @Test
    void aPasswordOfTheirOwnDoesNotExpire() throws Exception {
        Invitations.Invitation invitation = invite();
        as(invitation.username(), Role.MEMBER, () -> {
            myAccount.changePassword(invitation.oneTimePassword(), "chosen-by-me-1");
            return null;
        });
        clock.advance(Duration.ofDays(8));
        mvc.perform(formLogin("/login").user(invitation.username()).password("chosen-by-me-1"))
                .andExpect(redirectedUrl("/"));
    }

    private void assertRefusedAsExpired(String username, String password) throws Exception {
        Object failure = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error")).andReturn()
                .getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(failure).isInstanceOf(CredentialsExpiredException.class);
    }

    private Invitations.Invitation invite() {
        return as("coordinator", Role.COORDINATOR, () -> invitations.invite("invited-" + System.nanoTime(),
                "Invited Person", null, Role.MEMBER, null));
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
}
