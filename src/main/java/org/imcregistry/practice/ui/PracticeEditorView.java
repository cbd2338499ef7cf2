package org.imcregistry.practice.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.practice.ContactConsent;
import org.imcregistry.practice.PracticeDetails;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordAttachments;
import org.imcregistry.practice.RecordPhotos;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;

/**
 * Writes or corrects a record in the template's sections ({@link PracticeForm}). When someone else saved the record
 * meanwhile, the save is refused and everything typed stays in the form, so nothing is lost.
 */
@Route("practices/edit/:id?")
@PermitAll
public class PracticeEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Practices practices;
    private final ContactConsent consent;
    private final PracticeForm form;
    private final RecordPhotos photos;
    private final RecordAttachments attachments;
    /** The photos and attachments of a saved record; none while a new one has not been saved. */
    @Nullable RecordFilesEditor files;
    /** The author confirms that the persons named in the contact details agreed to be shown to the public. */
    final Checkbox contactConsent = new Checkbox();
    /** The form's section areas: what a refused save must leave as typed. */
    final Map<PracticeSection, TextArea> sections;
    final Div conflict = new Div();
    private @Nullable Long id;
    private long version;

    PracticeEditorView(Practices practices, ContactConsent consent, PublicLists lists, PartnershipRegister register,
            RecordPhotos photos, RecordAttachments attachments) {
        this.practices = practices;
        this.consent = consent;
        this.photos = photos;
        this.attachments = attachments;
        this.form = new PracticeForm(lists, register, this::getTranslation);
        this.sections = form.sections;
        addClassName("form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        files = null;
        String parameter = event.getRouteParameters().get("id").orElse(null);
        try {
            id = parameter == null ? null : Long.valueOf(parameter);
            build();
            if (id != null) {
                PracticeDetails record = practices.details(id);
                if (!record.canEdit()) {
                    throw new UserFacingException("practice.error.not-editable");
                }
                version = record.version();
                form.fill(record.content());
                contactConsent.setValue(record.contactConsent());
                files = new RecordFilesEditor(id, photos, attachments);
                add(files);
            } else {
                form.startIn(getLocale());
                add(new Paragraph(getTranslation("practice.photos.after-save")));
            }
        } catch (NumberFormatException | UserFacingException e) {
            removeAll();
            add(new EmptyState(VaadinIcon.LOCK, getTranslation("practice.edit.title"),
                    getTranslation(e instanceof UserFacingException u ? u.messageKey() : "practice.error.not-found")),
                    new RouterLink(getTranslation("practice.back"), PracticesView.class));
        }
    }

    private void build() {
        add(new RouterLink(getTranslation("practice.back"), PracticesView.class),
                new ViewHeader(getTranslation(id == null ? "practice.new" : "practice.edit.title"),
                        getTranslation("practice.edit.lead")));
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        add(conflict);
        form.addTo(this, getLocale());
        contactConsent.setLabel(getTranslation("practice.contact-consent"));
        contactConsent.setHelperText(getTranslation("practice.contact-consent.help"));
        add(contactConsent);
        Button save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("common.cancel"), e -> back());
        add(new HorizontalLayout(save, cancel));
    }

    void save() {
        form.clearMarks();
        if (!form.yearsAreNumbers()) {
            return;
        }
        try {
            long saved;
            if (id == null) {
                saved = practices.create(form.content());
            } else {
                version = practices.update(id, version, form.content());
                saved = id;
            }
            consent.confirm(saved, contactConsent.getValue());
            Notifications.success(getTranslation("practice.saved"));
            getUI().ifPresent(ui -> ui.navigate(PracticeView.class, new RouteParameters("id", String.valueOf(saved))));
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(form::mark);
            Notifications.error(getTranslation("validation.fix-fields", invalid.problems().size()));
        } catch (UserFacingException refusal) {
            if (refusal.messageKey().equals("practice.error.conflict")) {
                showConflict();
            }
            Notifications.refused(refusal);
        }
    }

    private void showConflict() {
        conflict.removeAll();
        // The latest version opens in a new tab, so that the text typed here stays to be copied.
        Anchor latest = new Anchor("practices/" + id, getTranslation("practice.conflict.open-latest"));
        latest.setTarget("_blank");
        conflict.add(new Paragraph(getTranslation("practice.error.conflict")), latest);
        conflict.setVisible(true);
    }

    private void back() {
        if (id == null) {
            getUI().ifPresent(ui -> ui.navigate(MyPracticesView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(PracticeView.class, new RouteParameters("id", String.valueOf(id))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "practice.new" : "practice.edit.title");
    }
}
