package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PersonRole;
import org.imcregistry.ui.LanguageField;
import org.imcregistry.ui.Notifications;
import org.springframework.stereotype.Component;

/**
 * A coordinator invites a person of a member municipality. The person gets a mail, in the language chosen here,
 * with a link where they choose their own password; nobody hands a password over.
 */
class InviteDialog extends Dialog {

    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final EmailField email = new EmailField();
    final LanguageField language = new LanguageField(getTranslation("invite.language"));
    final ComboBox<PartnershipDetails.Member> municipality = new ComboBox<>();
    final RadioButtonGroup<PersonRole> role = new RadioButtonGroup<>();
    final Button invite = new Button();

    private InviteDialog(PartnershipRegister register, PartnershipDetails partnership, Runnable onInvited) {
        setHeaderTitle(getTranslation("invite.title", partnership.row().name()));
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setRequired(true);
        displayName.setMaxLength(200);
        username.setLabel(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.username.rules"));
        username.setRequired(true);
        username.setMaxLength(100);
        email.setLabel(getTranslation("account.email"));
        email.setHelperText(getTranslation("invite.email.helper"));
        email.setRequired(true);
        email.setMaxLength(254);
        language.setHelperText(getTranslation("invite.language.helper"));
        municipality.setLabel(getTranslation("invite.municipality"));
        municipality.setItems(partnership.members());
        municipality.setItemLabelGenerator(m -> m.municipality().name());
        municipality.setRequired(true);
        role.setLabel(getTranslation("person.role"));
        role.setItems(PersonRole.values());
        role.setItemLabelGenerator(r -> getTranslation("person.role." + r.name()));
        role.setValue(PersonRole.MEMBER);
        FormLayout form = new FormLayout(displayName, username, email, language, municipality, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("invite.explain")), form);
        invite.setText(getTranslation("invite.send"));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(e -> send(register, partnership, onInvited));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), invite);
    }

    private void send(PartnershipRegister register, PartnershipDetails partnership, Runnable onInvited) {
        if (municipality.isEmpty()) {
            municipality.setInvalid(true);
            municipality.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        register.invite(partnership.row().id(), new PartnershipRegister.Invitee(displayName.getValue(),
                username.getValue(), email.getValue(), municipality.getValue().municipality().id(),
                role.getValue(), language.getValue()));
        Notifications.success(getTranslation("invite.sent", displayName.getValue().strip(),
                email.getValue().strip()));
        close();
        onInvited.run();
    }

    /** Makes invitation dialogs with the register service injected. */
    @Component
    static class Factory {

        private final PartnershipRegister register;

        Factory(PartnershipRegister register) {
            this.register = register;
        }

        InviteDialog open(PartnershipDetails partnership, Runnable onInvited) {
            InviteDialog dialog = new InviteDialog(register, partnership, onInvited);
            dialog.open();
            return dialog;
        }
    }
}
