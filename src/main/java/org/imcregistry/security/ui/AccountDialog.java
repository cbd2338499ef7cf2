package org.imcregistry.security.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Set;
import org.imcregistry.security.AccountSummary;
import org.imcregistry.security.NewAccount;
import org.imcregistry.security.Role;
import org.imcregistry.security.UserAdministration;
import org.imcregistry.ui.LanguageField;
import org.imcregistry.ui.Notifications;

/**
 * Invites a new user (when {@code existing} is null): the account is made and a mail with a link to choose a
 * password goes to the address given, in the language chosen. Or edits an account's name, e-mail and roles.
 */
class AccountDialog extends Dialog {

    private final UserAdministration administration;
    private final @Nullable AccountSummary existing;
    private final Runnable onSaved;
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final LanguageField language = new LanguageField(getTranslation("invite.language"));
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();

    AccountDialog(UserAdministration administration, @Nullable AccountSummary existing, Runnable onSaved) {
        this.administration = administration;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "admin.users.new" : "admin.users.edit-title"));
        username.setLabel(getTranslation("account.username"));
        username.setMaxLength(100);
        username.setRequired(true);
        username.setHelperText(getTranslation("account.username.rules"));
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setMaxLength(200);
        displayName.setRequired(true);
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("account.error.email-format"));
        language.setHelperText(getTranslation("invite.language.helper"));
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setRequired(true);
        FormLayout form = new FormLayout();
        if (existing == null) {
            email.setRequired(true);
            email.setHelperText(getTranslation("invite.email.helper"));
            email.setErrorMessage(getTranslation("invite.error.email"));
            form.add(username, displayName, email, language, roles);
            add(new Paragraph(getTranslation("invite.explain")));
        } else {
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            roles.setValue(existing.roles());
            form.add(displayName, email, roles);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation(existing == null ? "invite.send" : "common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void save() {
        Set<Role> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
        if (existing == null) {
            administration.create(new NewAccount(username.getValue(), displayName.getValue(), email.getValue(),
                    language.getValue(), chosen));
            Notifications.success(getTranslation("invite.sent", displayName.getValue().strip(),
                    email.getValue().strip()));
        } else {
            administration.update(existing.id(), existing.version(), displayName.getValue(), email.getValue(),
                    chosen);
            Notifications.success(getTranslation("admin.users.saved", existing.username()));
        }
        close();
        onSaved.run();
    }
}
