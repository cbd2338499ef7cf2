package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.PartnershipRow;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.municipality.Term;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeDetails;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.practice.RecordLicence;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.ViewHeader;

/**
 * Writes or corrects a record in the template's sections. When someone else saved the record meanwhile,
 * the save is refused and everything typed stays in the form, so nothing is lost.
 */
@Route("practices/edit/:id?")
@PermitAll
public class PracticeEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Practices practices;
    private final PublicLists lists;
    private final PartnershipRegister register;
    final TextField title = new TextField();
    private final TextField place = new TextField();
    private final TextField region = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    final Select<RecordLanguage> language = new Select<>();
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
    final Div conflict = new Div();
    private Long id;
    private long version;

    PracticeEditorView(Practices practices, PublicLists lists, PartnershipRegister register) {
        this.practices = practices;
        this.lists = lists;
        this.register = register;
        addClassName("form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
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
                fill(record.content());
            } else {
                language.setValue(defaultLanguage());
            }
        } catch (NumberFormatException | UserFacingException e) {
            removeAll();
            add(new EmptyState(VaadinIcon.LOCK, getTranslation("practice.edit.title"),
                    getTranslation(e instanceof UserFacingException u ? u.messageKey() : "practice.error.not-found")),
                    new RouterLink(getTranslation("practice.back"), PracticesView.class));
        }
    }

    private RecordLanguage defaultLanguage() {
        return switch (getLocale().getLanguage()) {
            case "nb", "no", "nn" -> RecordLanguage.NB;
            case "pl" -> RecordLanguage.PL;
            default -> RecordLanguage.EN;
        };
    }

    private void build() {
        add(new RouterLink(getTranslation("practice.back"), PracticesView.class),
                new ViewHeader(getTranslation(id == null ? "practice.new" : "practice.edit.title"),
                        getTranslation("practice.edit.lead")));
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        add(conflict);
        label(title, "title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        label(place, "place");
        label(region, "region");
        label(country, "country");
        country.setItems(Countries.all(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        label(language, "language");
        language.setItems(RecordLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation("practice.language." + l.code()));
        label(startYear, "startYear");
        label(endYear, "endYear");
        label(themes, "themes");
        themes.setItems(lists.practiceThemes().stream().filter(Term::active).toList());
        themes.setItemLabelGenerator(t -> t.label(getLocale()));
        label(sdgs, "sdgs");
        sdgs.setItems(java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
        PracticeLabels labels = new PracticeLabels(lists, getLocale(), this::getTranslation);
        sdgs.setItemLabelGenerator(labels::sdg);
        label(keywords, "keywords");
        label(partnership, "partnership");
        partnership.setItems(register.find(RegisterFilter.NONE, 0, 1000));
        partnership.setItemLabelGenerator(PartnershipRow::name);
        label(website, "website");
        website.setHelperText(getTranslation("practice.field.website.help"));
        label(contact, "contact");
        label(contributor, "contributor");
        label(researcher, "researcher");
        label(documented, "documented");
        label(photoCredits, "photoCredits");
        label(licence, "licence");
        licence.setItems(RecordLicence.values());
        licence.setItemLabelGenerator(l -> getTranslation("practice.licence." + l.name()));
        licence.setHelperText(getTranslation("practice.field.licence.help"));
        licence.setValue(RecordLicence.DEFAULT);
        FormLayout metadata = new FormLayout(title, language, place, region, country, partnership, startYear, endYear,
                themes, sdgs, keywords, website);
        metadata.setColspan(title, 2);
        metadata.setColspan(keywords, 2);
        metadata.setColspan(website, 2);
        add(metadata);
        for (PracticeSection section : PracticeSection.values()) {
            TextArea area = new TextArea(getTranslation("practice.section." + section.name()));
            area.setWidthFull();
            area.setMinHeight("6rem");
            area.setMaxLength(PracticeSection.MAX_LENGTH);
            area.setHelperText(getTranslation("practice.section.help"));
            sections.put(section, area);
            fields.put(section.name(), area);
            add(area);
        }
        add(new H2(getTranslation("practice.contact-and-credits")));
        FormLayout credits = new FormLayout(contact, contributor, researcher, documented, photoCredits, licence);
        credits.setColspan(contact, 2);
        credits.setColspan(licence, 2);
        add(credits);
        Button save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("common.cancel"), e -> back());
        add(new HorizontalLayout(save, cancel));
    }

    private void label(Component field, String name) {
        field.getElement().setProperty("label", getTranslation("practice.field." + name));
        if (field instanceof HasValidation validated) {
            fields.put(name, validated);
        }
    }

    private void fill(PracticeContent content) {
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

    void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        for (IntegerField year : List.of(startYear, endYear)) {
            if (year.isInvalid() || !year.getElement().getProperty("value", "").isEmpty() && year.getValue() == null) {
                year.setErrorMessage(getTranslation("practice.error.year-number"));
                year.setInvalid(true);
                return;
            }
        }
        try {
            long saved;
            if (id == null) {
                saved = practices.create(content());
            } else {
                version = practices.update(id, version, content());
                saved = id;
            }
            Notifications.success(getTranslation("practice.saved"));
            getUI().ifPresent(ui -> ui.navigate(PracticeView.class, new RouteParameters("id", String.valueOf(saved))));
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(this::mark);
            Notifications.error(getTranslation("validation.fix-fields", invalid.problems().size()));
        } catch (UserFacingException refusal) {
            if (refusal.messageKey().equals("practice.error.conflict")) {
                conflict.removeAll();
                // The latest version opens in a new tab, so that the text typed here stays to be copied.
                com.vaadin.flow.component.html.Anchor latest = new com.vaadin.flow.component.html.Anchor(
                        "practices/" + id, getTranslation("practice.conflict.open-latest"));
                latest.setTarget("_blank");
                conflict.add(new Paragraph(getTranslation("practice.error.conflict")), latest);
                conflict.setVisible(true);
            }
            Notifications.refused(refusal);
        }
    }

    private void mark(Problem problem) {
        HasValidation field = fields.get(problem.field());
        if (field != null) {
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.argumentArray()));
            field.setInvalid(true);
        }
    }

    private void back() {
        if (id == null) {
            getUI().ifPresent(ui -> ui.navigate(MyPracticesView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(PracticeView.class, new RouteParameters("id", String.valueOf(id))));
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "practice.new" : "practice.edit.title");
    }
}
