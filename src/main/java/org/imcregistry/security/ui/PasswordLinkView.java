package org.imcregistry.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import org.imcregistry.security.AccountException;
import org.imcregistry.security.LinkPurpose;
import org.imcregistry.security.LinkState;
import org.imcregistry.security.PasswordLinks;
import org.imcregistry.ui.LanguageSelect;
import org.imcregistry.ui.LocaleSelection;
import org.imcregistry.ui.ViewHeader;

/**
 * The page a mailed link opens: a valid link asks for the new password twice; any other says what became of the
 * link and what to do now, in the visitor's language, never as an error page. The token stays in this view and the
 * service, and in no message or log.
 */
abstract class PasswordLinkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordLinks links;
    private final LocaleSelection localeSelection;
    private final LinkPurpose purpose;
    /** The first part of this page's message keys: {@code link.invitation} or {@code link.reset}. */
    private final String keys;
    private String token = "";
    private String title = "";
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button save = new Button();

    PasswordLinkView(PasswordLinks links, LocaleSelection localeSelection, LinkPurpose purpose, String keys) {
        this.links = links;
        this.localeSelection = localeSelection;
        this.purpose = purpose;
        this.keys = keys;
        addClassName("narrow-view");
        addClassName("link-view");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> choosePassword());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        PasswordLinks.Opened opened = links.open(token, purpose);
        if (opened.state() == LinkState.VALID) {
            showForm(opened);
        } else {
            showRefusal(opened.state());
        }
    }

    private void showForm(PasswordLinks.Opened opened) {
        start(getTranslation(keys + ".title"), getTranslation(keys + ".lead", opened.displayName(),
                opened.username()));
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("account.password.rules"));
        repeatPassword.setLabel(getTranslation("account.password.repeat"));
        for (PasswordField field : new PasswordField[] {newPassword, repeatPassword}) {
            field.setRequired(true);
            field.setMaxLength(128);
            field.clear();
            field.setInvalid(false);
        }
        newPassword.setAutofocus(true);
        save.setText(getTranslation(keys + ".submit"));
        FormLayout form = new FormLayout(newPassword, repeatPassword, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    private void choosePassword() {
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            refuse(repeatPassword, getTranslation("password.error.not-repeated"));
            return;
        }
        try {
            String username = links.choosePassword(token, purpose, newPassword.getValue(), repeatPassword.getValue());
            getUI().ifPresent(ui -> {
                ui.getSession().setAttribute(LoginView.PASSWORD_CHOSEN_FOR, username);
                ui.navigate(LoginView.class);
            });
        } catch (PasswordLinks.LinkUnusable unusable) {
            // It expired, or was used or withdrawn, while the page was open.
            showRefusal(unusable.state());
        } catch (AccountException refusal) {
            refuse(newPassword, getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private static void refuse(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private void showRefusal(LinkState state) {
        String key = keys + "." + state.name();
        start(getTranslation(key + ".title"), getTranslation(key + ".text"));
        // A reset can always be asked for again; an invitation only by whoever sent it (the text says so), but a
        // person whose invitation was used has a password, and may have forgotten it.
        Nav next = new Nav(new RouterLink(getTranslation("link.action.sign-in"), LoginView.class));
        if (purpose == LinkPurpose.PASSWORD_RESET || state == LinkState.USED) {
            next.add(new RouterLink(getTranslation("link.action.new-reset"), ForgotPasswordView.class));
        }
        next.addClassName("link-actions");
        add(next);
    }

    private void start(String heading, String lead) {
        removeAll();
        title = heading;
        add(new LanguageSelect(localeSelection), new ViewHeader(heading, lead));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
