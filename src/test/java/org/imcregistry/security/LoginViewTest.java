package org.imcregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.imcregistry.IntegrationTest;
import org.imcregistry.security.ui.LoginView;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** After a failed sign-in the login page tells the user why, in their language. */
@IntegrationTest
class LoginViewTest extends BrowserlessTestSupport {

    @Test
    void aLockedAccountIsExplained() {
        failedWith(new LockedException("locked"));
        openWithError();
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(errorShownBy(form)).contains("locked for 15 minutes");
    }

    @Test
    void wrongCredentialsAreExplainedWithoutSayingWhichOneWasWrong() {
        failedWith(new BadCredentialsException("bad"));
        openWithError();
        assertThat(errorShownBy($(LoginForm.class).single())).contains("The username or password is not right")
                .doesNotContain("This account is locked");
    }

    @Test
    void aThrottledAddressIsToldToWait() {
        failedWith(new SignInRateLimit.TooManySignInFailures());
        openWithError();
        assertThat(errorShownBy($(LoginForm.class).single())).contains("Too many failed sign-ins")
                .doesNotContain("The username or password is not right");
    }

    @Test
    void anExpiredOneTimePasswordIsExplained() {
        failedWith(new CredentialsExpiredException("expired"));
        openWithError();
        assertThat(errorShownBy($(LoginForm.class).single())).contains("one-time password has expired")
                .doesNotContain("The username or password is not right");
    }

    @Test
    void noErrorWithoutAFailedAttempt() {
        navigate(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withText("Privacy notice").single().getHref())
                .isEqualTo("/privacy");
    }

    /** The texts the login form sends to the browser (its i18n property). */
    private static String errorShownBy(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    /** Where Spring Security sends a failed sign-in. */
    private void openWithError() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private static void failedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }
}
