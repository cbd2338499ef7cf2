package org.imcregistry.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.privacy.PersonalDataRights;
import org.imcregistry.security.Role;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;

/**
 * A person's rights, for administrators: find a person by username or e-mail address, read and download everything
 * the app holds about them as JSON, or erase them (after a confirmation that says what stays).
 */
@Route("admin/privacy/person")
@RolesAllowed(Role.ADMIN_NAME)
public class PersonalDataView extends Main implements HasDynamicTitle {

    final TextField query = new TextField();
    final Button export = new Button();
    final Button erase = new Button();
    final Pre document = new Pre();
    private final PersonalDataRights rights;

    PersonalDataView(PersonalDataRights rights) {
        this.rights = rights;
        add(new ViewHeader(getTranslation("privacy.rights.title"), getTranslation("privacy.rights.lead")));
        query.setLabel(getTranslation("privacy.rights.query"));
        query.setMaxLength(254);
        query.setClearButtonVisible(true);
        export.setText(getTranslation("privacy.rights.export"));
        export.setIcon(VaadinIcon.DOWNLOAD.create());
        export.addClickListener(e -> show());
        erase.setText(getTranslation("privacy.rights.erase"));
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.addClickListener(e -> confirmErase());
        HorizontalLayout bar = new HorizontalLayout(query, export, erase);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        document.addClassName("personal-data-export");
        add(bar, PersonalDataDownload.anchor(() -> rights.export(query.getValue()), "person.json",
                getTranslation("privacy.rights.download")), document);
        addClassName("list-view");
    }

    private void show() {
        try {
            document.setText(rights.export(query.getValue()));
        } catch (UserFacingException refusal) {
            document.setText("");
            Notifications.refused(refusal);
        }
    }

    private void confirmErase() {
        String who = query.getValue().strip();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("privacy.rights.erase.title"),
                getTranslation("privacy.rights.erase.text", who), getTranslation("privacy.rights.erase"), e -> {
                    try {
                        rights.erase(who);
                        document.setText("");
                        Notifications.success(getTranslation("privacy.rights.erased"));
                    } catch (UserFacingException refusal) {
                        Notifications.refused(refusal);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.rights.title");
    }
}
