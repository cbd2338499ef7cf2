package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.EnumSet;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Signs in through the real filter chain (the form the login view posts) and checks the lock-out rule. */
@IntegrationTest
class SignInLockoutTest {

    private static final String PASSWORD = "correct-horse-1";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MutableClock clock;

    MockMvc mvc;
    String username;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        username = "lockout-" + System.nanoTime();
        var account = new UserAccount(username, "Lock Out", encoder.encode(PASSWORD), clock.instant());
        account.setRoles(EnumSet.of(Role.MEMBER));
        accounts.save(account);
    }

    @Test
    void correctPasswordSignsIn() throws Exception {
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(failureOf(signIn("wrong-" + attempt))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(failureOf(signIn("wrong-5"))).isInstanceOf(BadCredentialsException.class);

        assertThat(failureOf(signIn(PASSWORD))).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(14));
        assertThat(failureOf(signIn(PASSWORD))).isInstanceOf(LockedException.class);
    }

    @Test
    void lockEndsAfterFifteenMinutes() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("wrong");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("wrong");
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("wrong");
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        var account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        account.setEnabled(false);
        accounts.save(account);
        assertThat(failureOf(signIn(PASSWORD))).isInstanceOf(DisabledException.class);
    }

    private MvcResult signIn(String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error")).andReturn();
    }

    private static Object failureOf(MvcResult result) {
        return result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
