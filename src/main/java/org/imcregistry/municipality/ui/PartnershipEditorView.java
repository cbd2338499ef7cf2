package org.imcregistry.municipality.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipDraft;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.Today;
import org.imcregistry.ui.ViewHeader;

/**
 * Registers a partnership (admins) or edits one (admins and its coordinators) in a {@link PartnershipForm}. Every
 * problem is shown at its field; a save refused because someone else saved first keeps what the user typed.
 */
@Route("partnerships/new")
@RouteAlias("partnerships/:id/edit")
@PermitAll
public class PartnershipEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PartnershipRegister register;
    private final PartnershipForm form;
    final Button save = new Button();
    private @Nullable Long id;
    private long version;

    PartnershipEditorView(PartnershipRegister register, MunicipalityDirectory directory, Today today) {
        this.register = register;
        this.form = new PartnershipForm(directory, today, this::getTranslation);
        addClassName("form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        id = null;
        try {
            var idParameter = event.getRouteParameters().get("id");
            if (idParameter.isPresent()) {
                id = Long.parseLong(idParameter.get());
                if (!register.canEdit(id)) {
                    refuse("partnership.edit.refused");
                    return;
                }
                build();
                fill(register.details(id));
            } else {
                build();
            }
        } catch (NumberFormatException | UserFacingException e) {
            refuse("partnership.not-found.text");
        }
    }

    private void build() {
        add(new ViewHeader(getPageTitle(), getTranslation("partnership.form.lead")));
        var fields = form.build(getLocale());
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> back());
        add(fields, form.members, new HorizontalLayout(save, cancel));
    }

    private void fill(PartnershipDetails details) {
        version = details.version();
        form.fill(details);
    }

    private void save() {
        form.clearMarks();
        if (!form.foundingYearIsNumber()) {
            return;
        }
        PartnershipDraft draft = form.draft();
        try {
            long saved;
            if (id == null) {
                saved = register.create(draft);
            } else {
                register.update(id, version, draft);
                saved = id;
            }
            Notifications.success(getTranslation("partnership.saved", form.name().strip()));
            getUI().ifPresent(ui -> ui.navigate(PartnershipView.class, PartnershipView.parameters(saved)));
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(form::mark);
            Notifications.error(getTranslation("validation.fix-fields", invalid.problems().size()));
        }
    }

    private void refuse(String key) {
        add(new EmptyState(com.vaadin.flow.component.icon.VaadinIcon.LOCK, getTranslation("partnership.edit.title"),
                getTranslation(key)), new RouterLink(getTranslation("partnership.back"), PartnershipsView.class));
    }

    private void back() {
        getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(PartnershipsView.class);
            } else {
                ui.navigate(PartnershipView.class, PartnershipView.parameters(id));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "partnership.new.title" : "partnership.edit.title");
    }
}
