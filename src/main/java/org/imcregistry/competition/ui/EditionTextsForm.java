package org.imcregistry.competition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.EditionText;
import org.imcregistry.competition.EditionTextLines;
import org.imcregistry.competition.Editions;
import org.imcregistry.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * A draft edition's criterion names, categories and eligibility checklist in each of the three languages, side by
 * side: the edition's first language is required, the others are what their readers see instead of it.
 */
class EditionTextsForm extends Div {

    private final Map<String, Map<Long, TextField>> criteria = new LinkedHashMap<>();
    private final Map<String, TextArea> categories = new LinkedHashMap<>();
    private final Map<String, TextArea> rules = new LinkedHashMap<>();

    EditionTextsForm(Editions editions, Edition edition, Runnable saved) {
        addClassName("edition-texts");
        String first = editions.firstLanguage(edition.id());
        add(new Paragraph(getTranslation("competition.texts.help", languageName(first))));
        Div columns = new Div();
        columns.addClassName("edition-texts-columns");
        for (String language : EditionText.LANGUAGES) {
            columns.add(column(edition, language));
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                editions.setTexts(edition.id(), editions.get(edition.id()).version(), new Editions.Texts(
                        criterionNames(first), EditionTextLines.parse("categories", first, text(categories), 200),
                        EditionTextLines.parse("rules", first, text(rules), 500)));
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(p -> Notifications.error(getTranslation(p.messageKey(),
                        languageNames(p.argumentArray()))));
                return;
            }
            Notifications.success(getTranslation("competition.saved"));
            saved.run();
        });
        add(columns, save);
    }

    private Div column(Edition edition, String language) {
        Div column = new Div(new H3(languageName(language)));
        column.getElement().setAttribute("lang", language);
        Map<Long, TextField> names = new HashMap<>();
        int number = 1;
        for (Edition.Criterion criterion : edition.criteria()) {
            TextField name = new TextField(getTranslation("competition.field.criterion-name", number++));
            name.setValue(orEmpty(criterion.name().exactly(language)));
            name.setWidthFull();
            names.put(criterion.id(), name);
            column.add(name);
        }
        criteria.put(language, names);
        TextArea categoryLines = area("competition.field.categories",
                edition.categories().stream().map(c -> orEmpty(c.name().exactly(language))).toList());
        TextArea ruleLines = area("competition.field.rules",
                edition.rules().stream().map(r -> orEmpty(r.exactly(language))).toList());
        categories.put(language, categoryLines);
        rules.put(language, ruleLines);
        column.add(categoryLines, ruleLines);
        return column;
    }

    private TextArea area(String label, List<String> lines) {
        TextArea area = new TextArea(getTranslation(label));
        area.setValue(String.join("\n", lines).stripTrailing());
        area.setHelperText(getTranslation("competition.field.one-per-line"));
        area.setWidthFull();
        return area;
    }

    private Map<Long, EditionText> criterionNames(String first) {
        Map<Long, EditionText> names = new HashMap<>();
        // every language has a field for every criterion: the columns are built from the same edition
        for (Long id : Objects.requireNonNull(criteria.get(first), "a column per language").keySet()) {
            Map<String, String> lines = new HashMap<>();
            criteria.forEach((language, fields) -> lines.put(language,
                    Objects.requireNonNull(fields.get(id), "a field per criterion").getValue()));
            names.put(id, EditionTextLines.parse("criteria", first, lines, 200).getFirst());
        }
        return names;
    }

    private static Map<String, String> text(Map<String, TextArea> areas) {
        Map<String, String> lines = new HashMap<>();
        areas.forEach((language, area) -> lines.put(language, area.getValue()));
        return lines;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** A language in its own words ("norsk bokmål", "polski"), as the language menu shows it. */
    static String languageName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return locale.getDisplayName(locale);
    }

    /** Problems name languages by their code ("nb"); the manager reads their names. */
    private static Object[] languageNames(Object[] arguments) {
        return java.util.Arrays.stream(arguments).map(a -> a instanceof String s && EditionText.LANGUAGES.contains(s)
                ? languageName(s) : a).toArray();
    }
}
