package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Nobody is handed a password any more, but accounts from before may still hold a one-time password (V8): it signs
 * in until its expiry and then no more, and a password the person chooses, on "My account" or with a link, does
 * not expire.
 */
@IntegrationTest
class OneTimePasswordExpiryTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    InitialAccounts initialAccounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    MyAccount myAccount;
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

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anOldOneTimePasswordSignsInUntilItExpires() throws Exception {
        String username = accountWithOneTimePassword("handed-over-1", Duration.ofDays(7));
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        mvc.perform(formLogin("/login").user(username).password("handed-over-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void anOldOneTimePasswordNoLongerSignsInAfterItsExpiry() throws Exception {
        String username = accountWithOneTimePassword("handed-over-1", Duration.ofDays(7));
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        Object failure = mvc.perform(formLogin("/login").user(username).password("handed-over-1"))
                .andExpect(redirectedUrl("/login?error")).andReturn()
                .getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(failure).isInstanceOf(CredentialsExpiredException.class);
    }

    @Test
    void aPasswordOfTheirOwnDoesNotExpire() throws Exception {
        String username = accountWithOneTimePassword("handed-over-1", Duration.ofDays(7));
        as(username, Role.MEMBER, () -> {
            myAccount.changePassword("handed-over-1", "chosen-by-me-1");
            return null;
        });
        clock.advance(Duration.ofDays(8));
        mvc.perform(formLogin("/login").user(username).password("chosen-by-me-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void nobodyInvitedNowGetsAOneTimePassword() {
        AccountSummary invited = as("admin", Role.ADMIN, () -> administration.create(new NewAccount(
                "fresh-" + System.nanoTime(), "Fresh Person", "fresh@example.org", Locale.ENGLISH,
                Set.of(Role.MEMBER))));
        assertThat(invited.mustChangePassword()).isFalse();
        assertThat(jdbc.queryForObject("select one_time_password_expires_at from user_account where id = ?",
                OffsetDateTime.class, invited.id())).isNull();
    }

    /** An account as V8 left it: a password someone handed over, to be replaced, valid until an instant. */
    private String accountWithOneTimePassword(String password, Duration validity) {
        String username = "old-" + System.nanoTime();
        initialAccounts.createDemoUser(username, "Old Account", Role.MEMBER);
        jdbc.update("update user_account set password_hash = ?, must_change_password = true,"
                + " one_time_password_expires_at = ? where username = ?", encoder.encode(password),
                OffsetDateTime.ofInstant(clock.instant().plus(validity), ZoneOffset.UTC), username);
        assertThat(accounts.findByUsernameIgnoreCase(username).orElseThrow().isMustChangePassword()).isTrue();
        return username;
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
