package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.MutableClock;
import org.imcregistry.security.ui.ForgotPasswordView;
import org.imcregistry.security.ui.InvitationView;
import org.imcregistry.security.ui.LoginView;
import org.imcregistry.security.ui.ResetPasswordView;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The anonymous pages of personal links and of "Forgot your password?", as a visitor meets them. */
@IntegrationTest
class LinkPagesTest extends BrowserlessTestSupport {

    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void theInvitationAsksForThePasswordTwiceAndThenSendsToSignInSayingSo() {
        URI link = invite("pages.new");
        open(link);
        assertThat(getCurrentView()).isInstanceOf(InvitationView.class);
        assertThat(heading()).isEqualTo("Welcome to IMC Registry");
        assertThat(lead()).contains("Your username is pages.new");
        List<PasswordField> fields = $(PasswordField.class).all();
        fields.get(0).setValue("my-own-password-1");
        fields.get(1).setValue("my-own-password-2");
        test($(Button.class).withText("Save my password").single()).click();
        assertThat(fields.get(1).isInvalid()).isTrue();
        assertThat(fields.get(1).getErrorMessage()).isEqualTo("The two new passwords are not the same.");

        fields.get(0).setValue("pages.new");
        fields.get(1).setValue("pages.new");
        test($(Button.class).withText("Save my password").single()).click();
        assertThat(fields.get(0).getErrorMessage()).isEqualTo("A password must not be the same as the username.");
        assertThat(getCurrentView()).isInstanceOf(InvitationView.class);

        fields.get(0).setValue("my-own-password-1");
        fields.get(1).setValue("my-own-password-1");
        test($(Button.class).withText("Save my password").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(Paragraph.class).withClassName("notice").single().getText())
                .isEqualTo("Your password is saved. Sign in with your username pages.new and your new password.");

        open(link);
        assertThat(heading()).isEqualTo("This invitation has already been used");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | This invitation has expired      | Ask the person who invited you
            nb | Denne invitasjonen er utløpt     | Be den som inviterte deg
            pl | To zaproszenie wygasło           | Poproś osobę, która Cię zaprosiła
            """)
    void anExpiredInvitationSaysWhatToDoInTheVisitorsLanguage(String language, String title, String advice) {
        URI link = invite("pages.expired." + language);
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag(language));
        open(link);
        assertThat(heading()).isEqualTo(title);
        assertThat(lead()).contains(advice);
        assertThat($(PasswordField.class).exists()).as("no form for a dead link").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | This link is not valid           | This invitation link is not valid
            nb | Denne lenken er ikke gyldig      | Denne invitasjonslenken er ikke gyldig
            pl | Ten link jest nieprawidłowy      | Ten link z zaproszenia jest nieprawidłowy
            """)
    void anUnknownOrMistypedLinkIsExplainedNotAnError(String language, String reset, String invitation) {
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag(language));
        UI.getCurrent().navigate("reset-password/not-a-token");
        assertThat(getCurrentView()).isInstanceOf(ResetPasswordView.class);
        assertThat(heading()).isEqualTo(reset);
        UI.getCurrent().navigate("invitation/" + "A".repeat(43));
        assertThat(getCurrentView()).isInstanceOf(InvitationView.class);
        assertThat(heading()).isEqualTo(invitation);
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndAReplacedOneSaysSo() {
        URI invitation = invite("pages.reset");
        open(invitation);
        $(PasswordField.class).all().forEach(f -> f.setValue("first-choice-1"));
        test($(Button.class).withText("Save my password").single()).click();
        long id = accountId("pages.reset");
        asAdmin(() -> administration.sendPasswordResetLink(id));
        URI older = MailedLinks.newestTo(jdbc, "pages.reset@example.org");
        asAdmin(() -> administration.sendPasswordResetLink(id));
        URI newer = MailedLinks.newestTo(jdbc, "pages.reset@example.org");

        open(older);
        assertThat(heading()).isEqualTo("This link no longer works");
        open(newer);
        assertThat(heading()).isEqualTo("Choose a new password");
        $(PasswordField.class).all().forEach(f -> f.setValue("second-choice-1"));
        test($(Button.class).withText("Save the new password").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        open(newer);
        assertThat(heading()).isEqualTo("This link has already been used");
    }

    @Test
    void forgotPasswordAnswersTheSameWhateverTheAddressAndSendsNoMoreThanThreeAnHour() {
        URI invitation = invite("pages.forgot");
        open(invitation);
        $(PasswordField.class).all().forEach(f -> f.setValue("first-choice-1"));
        test($(Button.class).withText("Save my password").single()).click();
        test($(LoginForm.class).single()).forgotPassword();
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);

        String answer = ask("nobody-at-all@example.org");
        for (int i = 1; i <= 4; i++) {
            assertThat(ask("pages.forgot@example.org")).as("request " + i).isEqualTo(answer);
        }
        assertThat(answer).startsWith("If an account has this address, we have sent a link to it.");
        assertThat(resetMailsTo("pages.forgot@example.org")).as("the fourth was throttled").isEqualTo(3);
        assertThat(resetMailsTo("nobody-at-all@example.org")).isZero();

        navigate(LoginView.class);
        navigate(ForgotPasswordView.class);
        $(EmailField.class).single().setValue("not an address");
        test($(Button.class).withText("Send me a link").single()).click();
        assertThat($(EmailField.class).single().isInvalid()).isTrue();
    }

    /** Asks on a fresh page, as a visitor coming back would, and returns the page's answer. */
    private String ask(String address) {
        navigate(LoginView.class);
        navigate(ForgotPasswordView.class);
        $(EmailField.class).single().setValue(address);
        test($(Button.class).withText("Send me a link").single()).click();
        Paragraph answer = $(Paragraph.class).withClassName("notice").single();
        assertThat(answer.isVisible()).isTrue();
        return answer.getText();
    }

    private long resetMailsTo(String address) {
        return jdbc.queryForObject("select count(*) from outbox_message where recipient = ?"
                + " and kind = 'PASSWORD_RESET'", Long.class, address);
    }

    private URI invite(String username) {
        asAdmin(() -> administration.create(new NewAccount(username, "Page Person", username + "@example.org",
                Locale.ENGLISH, Set.of(Role.MEMBER))));
        return MailedLinks.newestTo(jdbc, username + "@example.org");
    }

    private void open(URI link) {
        signOut();
        UI.getCurrent().navigate(link.getPath().substring(1));
    }

    private String heading() {
        return $(H1.class).single().getText();
    }

    private String lead() {
        return $(Paragraph.class).withClassName("lead").single().getText();
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private void asAdmin(Runnable action) {
        var before = securityContext.getContext().getAuthentication();
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                "n/a", List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            action.run();
        } finally {
            securityContext.getContext().setAuthentication(before);
        }
    }
}
