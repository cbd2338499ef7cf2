package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.shared.Registration;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.imcregistry.bootstrap.AppRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An administrator who disables an account or changes its roles, and a new password chosen with a reset link, end
 * that account's open sessions at once, in every browser it is signed in with; nobody else's. Over real HTTP with
 * separate cookie jars, since the point is what the next request of each browser gets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountChangesEndSessionsTest {

    private static final String PASSWORD = "long-enough-1";

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;
    private String base;

    @BeforeAll
    void start() {
        app = AppRuns.start("--imc.data-dir=" + dataDir, "--spring.profiles.active=demo");
        base = AppRuns.baseUrl(app);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void disablingAnAccountEndsAllItsSessionsAndNoOneElses() throws Exception {
        AccountSummary account = create("two.browsers", Role.MEMBER);
        HttpBrowser first = signedIn(account.username());
        HttpBrowser second = signedIn(account.username());
        HttpBrowser colleague = signedIn("member", "demo-member");

        AtomicInteger vaadinSessionsEnded = new AtomicInteger();
        Registration counting = vaadinService().addSessionDestroyListener(ended -> vaadinSessionsEnded.incrementAndGet());
        try {
            adminDoes(() -> administration().setEnabled(account.id(), false));
            assertThat(vaadinSessionsEnded).as("the Vaadin sessions of both browsers are closed").hasValue(2);
        } finally {
            counting.remove();
        }

        assertSentToSignIn(first);
        assertSentToSignIn(second);
        assertThat(first.signIn(account.username(), PASSWORD)).as("a disabled account cannot sign in again").isFalse();
        assertThat(answerOf(colleague).statusCode()).as("another user's session stays").isEqualTo(200);
    }

    @Test
    void changedRolesEndTheSessionsAndTheNextSignInHasTheNewRoles() throws Exception {
        AccountSummary account = create("promoted", Role.MEMBER);
        HttpBrowser browser = signedIn(account.username());
        assertThat(rolesOfTheSessionOf(browser)).containsExactly(Role.MEMBER.authority());

        adminDoes(() -> administration().update(account.id(), account.version(), account.displayName(), null,
                Set.of(Role.MEMBER, Role.ADMIN)));

        assertSentToSignIn(browser);
        assertThat(browser.signIn(account.username(), PASSWORD)).isTrue();
        assertThat(rolesOfTheSessionOf(browser)).containsExactlyInAnyOrder(Role.MEMBER.authority(),
                Role.ADMIN.authority());
    }

    @Test
    void aNameChangeLeavesTheSessionsAlone() throws Exception {
        AccountSummary account = create("renamed", Role.MEMBER);
        HttpBrowser browser = signedIn(account.username());

        adminDoes(() -> administration().update(account.id(), account.version(), "New Name", null, Set.of(Role.MEMBER)));

        assertThat(answerOf(browser).statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordChosenWithAResetLinkEndsTheSessions() throws Exception {
        AccountSummary account = create("reset.me", Role.MEMBER);
        HttpBrowser browser = signedIn(account.username());

        adminDoes(() -> administration().sendPasswordResetLink(account.id()));
        assertThat(answerOf(browser).statusCode()).as("sending the link ends nothing yet").isEqualTo(200);
        chooseWithNewestLink(account.username(), LinkPurpose.PASSWORD_RESET, "chosen-by-link-1");

        assertSentToSignIn(browser);
        assertThat(browser.signIn(account.username(), PASSWORD)).as("the old password is gone").isFalse();
        assertThat(browser.signIn(account.username(), "chosen-by-link-1")).isTrue();
    }

    /**
     * What the browser's session is signed in with. (Vaadin checks a view's roles in a later request of its client
     * engine, so a page's status does not tell.)
     */
    private List<String> rolesOfTheSessionOf(HttpBrowser browser) {
        SessionInformation session = app.getBean(SessionRegistry.class).getSessionInformation(browser.sessionId());
        assertThat(session).as("the registry knows the session").isNotNull();
        return ((UserDetails) session.getPrincipal()).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    /** The "My account" page is there for everyone signed in, and sends everyone else to sign in. */
    private static HttpResponse<String> answerOf(HttpBrowser browser) throws Exception {
        return browser.get("/account");
    }

    private static void assertSentToSignIn(HttpBrowser browser) throws Exception {
        String sessionBefore = browser.sessionId();
        HttpResponse<String> response = answerOf(browser);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(browser.sessionId()).as("the old session is gone, not merely signed out").isNotEqualTo(sessionBefore);
    }

    private VaadinServletService vaadinService() {
        return app.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet).filter(VaadinServlet.class::isInstance)
                .map(servlet -> ((VaadinServlet) servlet).getService()).findFirst().orElseThrow();
    }

    private HttpBrowser signedIn(String username) throws Exception {
        return signedIn(username, PASSWORD);
    }

    private HttpBrowser signedIn(String username, String password) throws Exception {
        HttpBrowser browser = new HttpBrowser(base);
        assertThat(browser.signIn(username, password)).as(username + " signs in").isTrue();
        assertThat(answerOf(browser).statusCode()).isEqualTo(200);
        return browser;
    }

    /** Invited, and the password chosen with the invitation's link, as the person would. */
    private AccountSummary create(String username, Role role) {
        admin(() -> administration().create(new NewAccount(username, "Test " + username, addressOf(username),
                Locale.ENGLISH, Set.of(role))));
        chooseWithNewestLink(username, LinkPurpose.INVITATION, PASSWORD);
        // read again: choosing the password changed the account's version
        return admin(() -> administration().find(username, 0, 1).getFirst());
    }

    private void chooseWithNewestLink(String username, LinkPurpose purpose, String password) {
        String token = MailedLinks.token(MailedLinks.newestTo(app.getBean(JdbcTemplate.class), addressOf(username)));
        app.getBean(PasswordLinks.class).choosePassword(token, purpose, password, password);
    }

    private static String addressOf(String username) {
        return username + "@example.org";
    }

    private UserAdministration administration() {
        return app.getBean(UserAdministration.class);
    }

    private <T> T admin(java.util.function.Supplier<T> action) {
        return AppRuns.asAdmin(app, action);
    }

    private void adminDoes(Runnable action) {
        AppRuns.asAdmin(app, () -> {
            action.run();
            return null;
        });
    }
}
