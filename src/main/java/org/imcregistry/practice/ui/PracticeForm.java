package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.imcregistry.common.Problem;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipRow;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.municipality.Term;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.practice.RecordLicence;
import org.imcregistry.ui.NumberFields;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a record in the template's order: metadata, one text area per section, contact and credits. Knows
 * how to show a record, read back what was typed, and mark a refused field; saving is the editor view's part.
 */
final class PracticeForm {

    private final PublicLists lists;
    private final PartnershipRegister register;
    private final BiFunction<String, Object[], String> texts;
    private final TextField title = new TextField();
    private final TextField place = new TextField();
    private final TextField region = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final Select<RecordLanguage> language = new Select<>();
    private final IntegerField startYear = new IntegerField();
    private final IntegerField endYear = new IntegerField();
    private final MultiSelectComboBox<Term> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Integer> sdgs = new MultiSelectComboBox<>();
    private final TextField keywords = new TextField();
    private final ComboBox<PartnershipRow> partnership = new ComboBox<>();
    private final TextField website = new TextField();
    private final TextArea contact = new TextArea();
    private final TextField contributor = new TextField();
    private final TextField researcher = new TextField();
    private final TextField documented = new TextField();
    private final TextField photoCredits = new TextField();
    private final Select<RecordLicence> licence = new Select<>();
    final Map<PracticeSection, TextArea> sections = new EnumMap<>(PracticeSection.class);
    private final Map<String, HasValidation> fields = new HashMap<>();

    PracticeForm(PublicLists lists, PartnershipRegister register, BiFunction<String, Object[], String> texts) {
        this.lists = lists;
        this.register = register;
        this.texts = texts;
    }

    /** Sets the fields up in {@code locale} and adds them to {@code view}, after whatever it already holds. */
    void addTo(HasComponents view, Locale locale) {
        label(title, "title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        label(place, "place");
        label(region, "region");
        label(country, "country");
        country.setItems(Countries.all(locale));
        country.setItemLabelGenerator(code -> Countries.name(code, locale));
        label(language, "language");
        language.setItems(RecordLanguage.values());
        language.setItemLabelGenerator(l -> t("practice.language." + l.code()));
        label(startYear, "startYear");
        label(endYear, "endYear");
        label(themes, "themes");
        themes.setItems(lists.practiceThemes().stream().filter(Term::active).toList());
        themes.setItemLabelGenerator(t -> t.label(locale));
        label(sdgs, "sdgs");
        sdgs.setItems(IntStream.rangeClosed(1, 17).boxed().toList());
        PracticeLabels labels = new PracticeLabels(lists, locale, texts);
        sdgs.setItemLabelGenerator(labels::sdg);
        label(keywords, "keywords");
        label(partnership, "partnership");
        partnership.setItems(register.find(RegisterFilter.NONE, 0, 1000));
        partnership.setItemLabelGenerator(PartnershipRow::name);
        label(website, "website");
        website.setHelperText(t("practice.field.website.help"));
        label(contact, "contact");
        label(contributor, "contributor");
        label(researcher, "researcher");
        label(documented, "documented");
        label(photoCredits, "photoCredits");
        label(licence, "licence");
        licence.setItems(RecordLicence.values());
        licence.setItemLabelGenerator(l -> t("practice.licence." + l.name()));
        licence.setHelperText(t("practice.field.licence.help"));
        licence.setValue(RecordLicence.DEFAULT);
        FormLayout metadata = new FormLayout(title, language, place, region, country, partnership, startYear, endYear,
                themes, sdgs, keywords, website);
        metadata.setColspan(title, 2);
        metadata.setColspan(keywords, 2);
        metadata.setColspan(website, 2);
        view.add(metadata);
        for (PracticeSection section : PracticeSection.values()) {
            TextArea area = new TextArea(t("practice.section." + section.name()));
            area.setWidthFull();
            area.setMinHeight("6rem");
            area.setMaxLength(PracticeSection.MAX_LENGTH);
            area.setHelperText(t("practice.section.help"));
            sections.put(section, area);
            fields.put(section.name(), area);
            view.add(area);
        }
        view.add(new H2(t("practice.contact-and-credits")));
        FormLayout credits = new FormLayout(contact, contributor, researcher, documented, photoCredits, licence);
        credits.setColspan(contact, 2);
        credits.setColspan(licence, 2);
        view.add(credits);
    }

    private void label(Component field, String name) {
        field.getElement().setProperty("label", t("practice.field." + name));
        if (field instanceof HasValidation validated) {
            fields.put(name, validated);
        }
    }

    /** A new record starts in the language the person reads the site in. */
    void startIn(Locale locale) {
        language.setValue(switch (locale.getLanguage()) {
            case "nb", "no", "nn" -> RecordLanguage.NB;
            case "pl" -> RecordLanguage.PL;
            default -> RecordLanguage.EN;
        });
    }

    void fill(PracticeContent content) {
        title.setValue(nonNull(content.title()));
        place.setValue(nonNull(content.place()));
        region.setValue(nonNull(content.region()));
        country.setValue(content.country());
        language.setValue(content.language());
        startYear.setValue(content.startYear());
        endYear.setValue(content.endYear());
        themes.setValue(lists.practiceThemes().stream().filter(t -> content.themes().contains(t.code()))
                .collect(Collectors.toSet()));
        sdgs.setValue(content.sdgs());
        keywords.setValue(nonNull(content.keywords()));
        if (content.partnershipId() != null) {
            partnership.getListDataView().getItems().filter(p -> p.id() == content.partnershipId()).findFirst()
                    .ifPresent(partnership::setValue);
        }
        website.setValue(nonNull(content.website()));
        contact.setValue(nonNull(content.contact()));
        contributor.setValue(nonNull(content.contributor()));
        researcher.setValue(nonNull(content.researcher()));
        documented.setValue(nonNull(content.documented()));
        photoCredits.setValue(nonNull(content.photoCredits()));
        licence.setValue(content.licence());
        sections.forEach((section, area) -> area.setValue(content.section(section)));
    }

    PracticeContent content() {
        Map<PracticeSection, String> texts = new EnumMap<>(PracticeSection.class);
        sections.forEach((section, area) -> texts.put(section, area.getValue()));
        Set<String> themeCodes = themes.getValue().stream().map(Term::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new PracticeContent(title.getValue(), place.getValue(), region.getValue(), country.getValue(),
                keywords.getValue(), language.getValue(), startYear.getValue(), endYear.getValue(),
                partnership.getValue() == null ? null : partnership.getValue().id(), website.getValue(),
                contact.getValue(), contributor.getValue(), researcher.getValue(), documented.getValue(),
                photoCredits.getValue(), texts, themeCodes, sdgs.getValue(), Set.of(), licence.getValue());
    }

    void clearMarks() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Marks the first year field that holds text but no number; true when neither does. */
    boolean yearsAreNumbers() {
        for (IntegerField year : List.of(startYear, endYear)) {
            if (!NumberFields.emptyOrNumber(year, t("practice.error.year-number"))) {
                return false;
            }
        }
        return true;
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

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
