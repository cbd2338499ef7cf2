package org.imcregistry.security.ui;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.MyAccount;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;

/** The signed-in person's own account: who they are, their roles, a password change and which mail they get. */
// A navigation target of other modules (the shell's menu and home page, links between features).
@NamedInterface("views")
@Route("account")
@PermitAll
public class MyAccountView extends Main implements HasDynamicTitle {

    private final MyAccount myAccount;
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button change = new Button();

    MyAccountView(MyAccount myAccount, ObjectProvider<MyAccountSection> sections) {
        this.myAccount = myAccount;
        AccountSummary me = myAccount.current();
        String roles = me.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "));
        add(new ViewHeader(getTranslation("account.title"), getTranslation("account.signed-in-as",
                me.displayName(), me.username(), roles)));
        if (me.mustChangePassword()) {
            Paragraph notice = new Paragraph(getTranslation("account.password.must-change"));
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "alert");
            add(notice);
        }
        add(passwordForm(), new NotificationSettingsForm(myAccount, me));
        sections.orderedStream().forEach(section -> add(section.build()));
        addClassName("narrow-view");
    }

    private FormLayout passwordForm() {
        currentPassword.setLabel(getTranslation("account.password.current"));
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("account.password.rules"));
        repeatPassword.setLabel(getTranslation("account.password.repeat"));
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword, repeatPassword}) {
            field.setRequired(true);
            field.setMaxLength(128);
        }
        change.setText(getTranslation("account.password.change"));
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.addClickShortcut(Key.ENTER);
        change.addClickListener(e -> changePassword());
        FormLayout form = new FormLayout(new H2(getTranslation("account.password.heading")),
                new Paragraph(getTranslation("account.password.explain")), currentPassword, newPassword,
                repeatPassword, change);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private void changePassword() {
        repeatPassword.setInvalid(false);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(getTranslation("password.error.not-repeated"));
            repeatPassword.setInvalid(true);
            return;
        }
        myAccount.changePassword(currentPassword.getValue(), newPassword.getValue());
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        getUI().ifPresent(ui -> ui.getSession().setAttribute(PasswordChangeRequired.CHECKED_FOR,
                myAccount.current().username()));
        Notifications.success(getTranslation("account.password.changed"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
