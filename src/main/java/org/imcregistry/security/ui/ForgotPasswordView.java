package org.imcregistry.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.security.PasswordResets;
import org.imcregistry.ui.LanguageSelect;
import org.imcregistry.ui.LocaleSelection;
import org.imcregistry.ui.ViewHeader;

/**
 * "Forgot your password?": one address in, always the same answer out, so the page tells nobody whether an account
 * has that address. Only an address that mail cannot go to at all is refused, at its field.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements HasDynamicTitle {

    private final PasswordResets resets;
    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();
    private final FormLayout form;

    ForgotPasswordView(PasswordResets resets, LocaleSelection localeSelection) {
        this.resets = resets;
        email.setLabel(getTranslation("account.email"));
        email.setRequired(true);
        email.setMaxLength(254);
        email.setAutofocus(true);
        send.setText(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> request());
        form = new FormLayout(email, send);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        answer.addClassName("notice");
        answer.getElement().setAttribute("role", "status");
        answer.setVisible(false);
        add(new LanguageSelect(localeSelection), new ViewHeader(getTranslation("forgot.title"),
                getTranslation("forgot.lead")), form, answer,
                new RouterLink(getTranslation("forgot.back"), LoginView.class));
        addClassNames("narrow-view", "link-view");
    }

    private void request() {
        email.setInvalid(false);
        try {
            resets.request(email.getValue(), getLocale());
        } catch (UserFacingException notAnAddress) {
            email.setErrorMessage(getTranslation("forgot.error.address"));
            email.setInvalid(true);
            email.focus();
            return;
        }
        form.setVisible(false);
        answer.setText(getTranslation("forgot.answer"));
        answer.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
