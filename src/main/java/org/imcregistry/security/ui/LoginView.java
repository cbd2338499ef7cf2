package org.imcregistry.security.ui;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.security.SignInRateLimit;
import org.imcregistry.ui.LanguageSelect;
import org.imcregistry.ui.LocaleSelection;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. After a failure it says why: wrong name or password, a locked or disabled account, or an expired
 * one-time password (of an account from before links). "Forgot your password?" leads to a reset link, and after
 * a password was chosen with a link the page says so.
 */
// A navigation target of other modules (the shell's menu and home page, links between features).
@NamedInterface("views")
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Session attribute: the username whose password was just chosen with a link, shown once here. */
    static final String PASSWORD_CHOSEN_FOR = LoginView.class.getName() + ".passwordChosenFor";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication, LocaleSelection localeSelection) {
        this.authentication = authentication;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(texts(null));
        notice.addClassName("notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        // The home page by its route, not its class: the shell that holds it depends on this module, not the reverse.
        Anchor home = new Anchor("", getTranslation("login.back-home"));
        home.getElement().setAttribute("router-link", true);
        Anchor privacy = new Anchor(PublicLinks.PRIVACY, getTranslation("privacy.nav.footer"));
        privacy.setRouterIgnore(true);
        privacy.addClassName("privacy-link");
        add(new LanguageSelect(localeSelection), notice, form, home, privacy);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Object chosenFor = VaadinSession.getCurrent().getAttribute(PASSWORD_CHOSEN_FOR);
        if (chosenFor != null) {
            VaadinSession.getCurrent().setAttribute(PASSWORD_CHOSEN_FOR, null);
            notice.setText(getTranslation("link.password-chosen", chosenFor));
            notice.setVisible(true);
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(texts(failureMessageKey()));
            form.setError(true);
        }
    }

    /** Spring Security keeps the reason of the last failed sign-in in the HTTP session. */
    private static String failureMessageKey() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException) {
            return "login.error.locked";
        }
        if (failure instanceof SignInRateLimit.TooManySignInFailures) {
            return "login.error.throttled";
        }
        if (failure instanceof DisabledException) {
            return "login.error.disabled";
        }
        if (failure instanceof CredentialsExpiredException) {
            return "login.error.expired";
        }
        return "login.error.bad-credentials";
    }

    private LoginI18n texts(@Nullable String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorKey == null ? "login.error.bad-credentials" : errorKey));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
