package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code POST /api/backup} with HTTP Basic: one answer for every refusal, so it tells a guesser nothing (not even
 * that a password was right for an account without the admin role), and the same throttle per address and
 * lock-out per account as the sign-in form, whichever of the two the guesses come through.
 */
@IntegrationTest
class BackupApiAccessTest {

    private static final String PASSWORD = "correct-horse-1";
    /** Each test guesses from its own client address, so one test's throttle leaves the others alone. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MutableClock clock;
    @Value("${imc.security.sign-in-failures-per-address:30}")
    int failuresPerAddress;

    MockMvc mvc;
    String address;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        address = fromAnotherAddress();
    }

    @Test
    void everyRefusalIsTheSameAnswer() throws Exception {
        String member = account(Role.MEMBER);
        String disabledAdmin = account(Role.ADMIN);
        accounts.findByUsernameIgnoreCase(disabledAdmin).ifPresent(a -> {
            a.setEnabled(false);
            accounts.save(a);
        });
        String lockedAdmin = lockedAdmin();

        Answer rightPasswordWithoutTheRole = basic(member, PASSWORD);
        assertThat(rightPasswordWithoutTheRole.status()).isEqualTo(401);
        assertThat(rightPasswordWithoutTheRole.headers()).containsKey("WWW-Authenticate");
        for (Answer refusal : List.of(basic(member, "wrong-password"), basic("nobody-" + System.nanoTime(), PASSWORD),
                basic(disabledAdmin, PASSWORD), basic(lockedAdmin, PASSWORD), withoutCredentials())) {
            assertThat(refusal).isEqualTo(rightPasswordWithoutTheRole);
        }
    }

    @Test
    void wrongPasswordsOverTheApiLockTheAccountForTheSignInFormToo() throws Exception {
        String admin = account(Role.ADMIN);
        for (int attempt = 0; attempt < SignInLockout.MAX_FAILED_SIGN_INS; attempt++) {
            assertThat(basic(admin, "wrong-" + attempt).status()).isEqualTo(401);
        }
        assertThat(formSignIn(admin, PASSWORD).getRequest().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(LockedException.class);
        assertThat(basic(admin, PASSWORD)).isEqualTo(withoutCredentials());

        clock.advance(SignInLockout.LOCK_DURATION.plusSeconds(1));
        assertLetThrough(basic(admin, PASSWORD));
    }

    @Test
    void wrongPasswordsInTheSignInFormLockTheAccountForTheApiToo() throws Exception {
        String admin = account(Role.ADMIN);
        for (int attempt = 0; attempt < SignInLockout.MAX_FAILED_SIGN_INS; attempt++) {
            formSignIn(admin, "wrong-" + attempt);
        }
        assertThat(basic(admin, PASSWORD)).isEqualTo(withoutCredentials());
    }

    @Test
    void wrongPasswordsOverTheApiThrottleTheAddressForTheSignInFormToo() throws Exception {
        String admin = account(Role.ADMIN);
        // Unknown accounts, so that the lock-out per account plays no part: this is guessing across accounts.
        for (int attempt = 0; attempt < failuresPerAddress; attempt++) {
            basic("nobody-" + attempt, "guess");
        }
        assertThat(formSignIn(admin, PASSWORD).getRequest().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(SignInRateLimit.TooManySignInFailures.class);
        assertThat(basic(admin, PASSWORD)).isEqualTo(withoutCredentials());

        address = fromAnotherAddress();
        assertLetThrough(basic(admin, PASSWORD));
    }

    @Test
    void wrongPasswordsInTheSignInFormThrottleTheAddressForTheApiToo() throws Exception {
        String admin = account(Role.ADMIN);
        for (int attempt = 0; attempt < failuresPerAddress; attempt++) {
            formSignIn("nobody-" + attempt, "guess");
        }
        assertThat(basic(admin, PASSWORD)).isEqualTo(withoutCredentials());
    }

    @Test
    void anAdministratorIsLetThrough() throws Exception {
        assertLetThrough(basic(account(Role.ADMIN), PASSWORD));
    }

    /**
     * Past sign-in, the backup itself answers: in this test profile it says that its in-memory database cannot be
     * backed up (HttpHardeningTest takes a real backup of a file database over HTTP).
     */
    private static void assertLetThrough(Answer answer) {
        assertThat(answer.status()).isEqualTo(501);
    }

    /** Status, headers and body (its bytes, in hex) of an answer: two refusals must not differ in any of them. */
    private record Answer(int status, Map<String, List<String>> headers, String body) {
        static Answer of(MockHttpServletResponse response) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.getHeaderNames().forEach(name -> headers.put(name, response.getHeaders(name)));
            return new Answer(response.getStatus(), headers, HexFormat.of().formatHex(response.getContentAsByteArray()));
        }
    }

    private Answer basic(String username, String password) throws Exception {
        return Answer.of(mvc.perform(request(post("/api/backup").with(httpBasic(username, password))))
                .andReturn().getResponse());
    }

    private Answer withoutCredentials() throws Exception {
        return Answer.of(mvc.perform(request(post("/api/backup"))).andReturn().getResponse());
    }

    /** What the login view's form posts. */
    private MvcResult formSignIn(String username, String password) throws Exception {
        return mvc.perform(request(post("/login").param("username", username).param("password", password)
                .with(csrf()))).andReturn();
    }

    private MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder request) {
        String from = address;
        RequestPostProcessor client = r -> {
            r.setRemoteAddr(from);
            return r;
        };
        return request.with(client);
    }

    private String lockedAdmin() {
        String username = account(Role.ADMIN);
        UserAccount account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        for (int i = 0; i < SignInLockout.MAX_FAILED_SIGN_INS; i++) {
            account.recordFailedSignIn(clock.instant(), SignInLockout.MAX_FAILED_SIGN_INS, Duration.ofHours(1));
        }
        accounts.save(account);
        return username;
    }

    private String account(Role role) {
        String username = role.name().toLowerCase() + "-api-" + System.nanoTime();
        var account = new UserAccount(username, "Api Test", encoder.encode(PASSWORD), clock.instant());
        account.setRoles(EnumSet.of(role));
        accounts.save(account);
        return username;
    }

    private static String fromAnotherAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (1 + n % 250);
    }
}
