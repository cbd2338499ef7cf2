package org.imcregistry.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.imcregistry.security.AccountException;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.UserAdministration;
import org.imcregistry.ui.Notifications;

/** An admin sets a new password for someone who forgot theirs; it also lifts a sign-in lock. */
class PasswordResetDialog extends Dialog {

    PasswordResetDialog(UserAdministration administration, AccountSummary account, Runnable onDone) {
        setHeaderTitle(getTranslation("admin.users.reset-password"));
        PasswordField password = new PasswordField(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("account.password.rules"));
        password.setRequired(true);
        password.setMaxLength(128);
        password.setWidthFull();
        add(new Paragraph(getTranslation("admin.users.reset-password.text", account.displayName(),
                account.username())), password);
        Button reset = new Button(getTranslation("admin.users.reset-password"), e -> {
            try {
                administration.resetPassword(account.id(), password.getValue());
                Notifications.success(getTranslation("admin.users.password-reset", account.username()));
                close();
                onDone.run();
            } catch (AccountException refusal) {
                Notifications.refused(refusal);
            }
        });
        reset.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), reset);
    }
}
