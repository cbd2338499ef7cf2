package org.imcregistry.municipality.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.imcregistry.common.Problem;
import org.imcregistry.municipality.MunicipalityDirectory;
import org.imcregistry.municipality.PartnershipDetails;
import org.imcregistry.municipality.PartnershipDraft;
import org.imcregistry.municipality.PartnershipStatus;
import org.imcregistry.municipality.Term;
import org.imcregistry.ui.NumberFields;
import org.imcregistry.ui.Today;

/**
 * The fields of a partnership and its member list: set up in the reader's language, filled from a partnership,
 * read back as a draft, and marked where the register refused it. Saving is the editor view's part.
 */
final class PartnershipForm {

    private final MunicipalityDirectory directory;
    private final Today today;
    private final BiFunction<String, Object[], String> texts;
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<Term> legalForm = new ComboBox<>();
    private final MultiSelectComboBox<Term> serviceAreas = new MultiSelectComboBox<>();
    final MemberEditor members;
    private final IntegerField foundingYear = new IntegerField();
    private final Select<PartnershipStatus> status = new Select<>();
    private final DatePicker dissolvedOn = new DatePicker();
    private final TextField website = new TextField();
    private final TextField contact = new TextField();
    private final Map<String, HasValidation> fields = new HashMap<>();

    PartnershipForm(MunicipalityDirectory directory, Today today, BiFunction<String, Object[], String> texts) {
        this.directory = directory;
        this.today = today;
        this.texts = texts;
        this.members = new MemberEditor(directory, today);
    }

    /** Sets the fields up in {@code locale}; returns their layout, which goes above the member list. */
    FormLayout build(Locale locale) {
        name.setLabel(t("partnership.name"));
        name.setRequired(true);
        name.setMaxLength(200);
        description.setLabel(t("partnership.description"));
        description.setMaxLength(4000);
        legalForm.setLabel(t("partnership.legal-form"));
        legalForm.setItems(directory.legalForms().stream().filter(Term::active).toList());
        legalForm.setItemLabelGenerator(term -> term.label(locale));
        legalForm.setRequired(true);
        serviceAreas.setLabel(t("partnership.service-areas"));
        serviceAreas.setItems(directory.serviceAreas().stream().filter(Term::active).toList());
        serviceAreas.setItemLabelGenerator(term -> term.label(locale));
        foundingYear.setLabel(t("partnership.founding-year"));
        foundingYear.setMin(1800);
        foundingYear.setMax(today.date().getYear());
        status.setLabel(t("partnership.status"));
        status.setItems(PartnershipStatus.values());
        status.setItemLabelGenerator(s -> t("partnership.status." + s.name()));
        status.setValue(PartnershipStatus.ACTIVE);
        dissolvedOn.setLabel(t("partnership.dissolved-on"));
        dissolvedOn.setMax(today.date());
        dissolvedOn.setEnabled(false);
        status.addValueChangeListener(e -> dissolvedOn.setEnabled(e.getValue() == PartnershipStatus.DISSOLVED));
        website.setLabel(t("partnership.website"));
        website.setPlaceholder("https://");
        website.setMaxLength(500);
        contact.setLabel(t("partnership.contact"));
        contact.setMaxLength(500);
        fields.putAll(Map.of("name", name, "description", description, "legalForm", legalForm, "serviceAreas",
                serviceAreas, "members", members, "foundingYear", foundingYear, "dissolvedOn", dissolvedOn,
                "website", website, "contact", contact));
        FormLayout form = new FormLayout(name, legalForm, description, serviceAreas, foundingYear, status,
                dissolvedOn, website, contact);
        form.setColspan(description, 2);
        form.setColspan(serviceAreas, 2);
        members.setWidthFull();
        return form;
    }

    void fill(PartnershipDetails details) {
        var row = details.row();
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

    /** The name as typed, for the confirmation. */
    String name() {
        return name.getValue();
    }

    PartnershipDraft draft() {
        return new PartnershipDraft(name.getValue(), description.getValue(),
                legalForm.getValue() == null ? null : legalForm.getValue().code(),
                serviceAreas.getValue().stream().map(Term::code).collect(Collectors.toSet()),
                members.getValue().stream().map(MemberEditor.Line::draft).toList(), foundingYear.getValue(),
                status.getValue(), dissolvedOn.getValue(), website.getValue(), contact.getValue());
    }

    void clearMarks() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Marks the founding year when it holds text but no number; true when it is empty or a number. */
    boolean foundingYearIsNumber() {
        return NumberFields.emptyOrNumber(foundingYear, t("import.error.number", ""));
    }

    void mark(Problem problem) {
        HasValidation field = fields.get(problem.field());
        if (field != null) {
            field.setErrorMessage(t(problem.messageKey(), problem.argumentArray()));
            field.setInvalid(true);
        }
    }

    private String t(String key, Object... arguments) {
        return texts.apply(key, arguments);
    }
}
