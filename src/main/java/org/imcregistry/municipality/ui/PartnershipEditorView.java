package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.imcregistry.ui.Today;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.Term;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipDraft;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipStatus;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;

/**
 * Registers a partnership (admins) or edits one (admins and its coordinators). Every problem is shown
 * at its field; a save refused because someone else saved first keeps what the user typed.
 */
@Route("partnerships/new")
@RouteAlias("partnerships/:id/edit")
@PermitAll
public class PartnershipEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Today today;

    private final PartnershipRegister register;
    private final MunicipalityDirectory directory;
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<Term> legalForm = new ComboBox<>();
    final MultiSelectComboBox<Term> serviceAreas = new MultiSelectComboBox<>();
    final MemberEditor members;
    final IntegerField foundingYear = new IntegerField();
    final Select<PartnershipStatus> status = new Select<>();
    final DatePicker dissolvedOn = new DatePicker();
    final TextField website = new TextField();
    final TextField contact = new TextField();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private Long id;
    private long version;

    PartnershipEditorView(PartnershipRegister register, MunicipalityDirectory directory, Today today) {
        this.register = register;
        this.directory = directory;
        this.today = today;
        this.members = new MemberEditor(directory, today);
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
        Locale locale = getLocale();
        add(new ViewHeader(getPageTitle(), getTranslation("partnership.form.lead")));
        name.setLabel(getTranslation("partnership.name"));
        name.setRequired(true);
        name.setMaxLength(200);
        description.setLabel(getTranslation("partnership.description"));
        description.setMaxLength(4000);
        legalForm.setLabel(getTranslation("partnership.legal-form"));
        legalForm.setItems(directory.legalForms().stream().filter(Term::active).toList());
        legalForm.setItemLabelGenerator(t -> t.label(locale));
        legalForm.setRequired(true);
        serviceAreas.setLabel(getTranslation("partnership.service-areas"));
        serviceAreas.setItems(directory.serviceAreas().stream().filter(Term::active).toList());
        serviceAreas.setItemLabelGenerator(t -> t.label(locale));
        foundingYear.setLabel(getTranslation("partnership.founding-year"));
        foundingYear.setMin(1800);
        foundingYear.setMax(today.date().getYear());
        status.setLabel(getTranslation("partnership.status"));
        status.setItems(PartnershipStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("partnership.status." + s.name()));
        status.setValue(PartnershipStatus.ACTIVE);
        dissolvedOn.setLabel(getTranslation("partnership.dissolved-on"));
        dissolvedOn.setMax(today.date());
        dissolvedOn.setEnabled(false);
        status.addValueChangeListener(e -> dissolvedOn.setEnabled(e.getValue() == PartnershipStatus.DISSOLVED));
        website.setLabel(getTranslation("partnership.website"));
        website.setPlaceholder("https://");
        website.setMaxLength(500);
        contact.setLabel(getTranslation("partnership.contact"));
        contact.setMaxLength(500);
        fields.putAll(Map.of("name", name, "description", description, "legalForm", legalForm, "serviceAreas",
                serviceAreas, "members", members, "foundingYear", foundingYear, "dissolvedOn", dissolvedOn,
                "website", website, "contact", contact));
        FormLayout form = new FormLayout(name, legalForm, description, serviceAreas, foundingYear, status,
                dissolvedOn, website, contact);
        form.setColspan(description, 2);
        form.setColspan(serviceAreas, 2);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> back());
        members.setWidthFull();
        add(form, members, new HorizontalLayout(save, cancel));
    }

    private void fill(PartnershipDetails details) {
        var row = details.row();
        version = details.version();
        name.setValue(row.name());
        description.setValue(details.description() == null ? "" : details.description());
        legalForm.setValue(row.legalForm());
        serviceAreas.setValue(new LinkedHashSet<>(row.serviceAreas()));
        members.setValue(details.members().stream()
                .map(m -> new MemberEditor.Line(m.municipality(), m.role(), m.joinedOn())).toList());
        foundingYear.setValue(row.foundingYear());
        status.setValue(row.status());
        dissolvedOn.setValue(row.dissolvedOn());
        website.setValue(row.website() == null ? "" : row.website());
        contact.setValue(row.contact() == null ? "" : row.contact());
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        if (foundingYear.isInvalid() || !foundingYear.getElement().getProperty("value", "").isEmpty()
                && foundingYear.getValue() == null) {
            foundingYear.setErrorMessage(getTranslation("import.error.number", ""));
            foundingYear.setInvalid(true);
            return;
        }
        var draft = new PartnershipDraft(name.getValue(), description.getValue(),
                legalForm.getValue() == null ? null : legalForm.getValue().code(),
                serviceAreas.getValue().stream().map(Term::code).collect(Collectors.toSet()),
                members.getValue().stream().map(MemberEditor.Line::draft).toList(), foundingYear.getValue(),
                status.getValue(), dissolvedOn.getValue(), website.getValue(), contact.getValue());
        try {
            long saved;
            if (id == null) {
                saved = register.create(draft);
            } else {
                register.update(id, version, draft);
                saved = id;
            }
            Notifications.success(getTranslation("partnership.saved", name.getValue().strip()));
            getUI().ifPresent(ui -> ui.navigate(PartnershipView.class, PartnershipView.parameters(saved)));
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(this::mark);
            Notifications.error(getTranslation("validation.fix-fields", invalid.problems().size()));
        }
    }

    private void mark(Problem problem) {
        HasValidation field = fields.get(problem.field());
        if (field != null) {
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.argumentArray()));
            field.setInvalid(true);
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
