package org.imcregistry.practice.ui;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.municipality.Term;
import org.imcregistry.search.Facet;

/** Names facet values and metadata in the reader's language: themes, goals, countries, languages, forms. */
final class PracticeLabels {

    private final Map<String, Term> themes;
    private final Map<String, Term> forms;
    private final Locale locale;
    private final BiFunction<String, Object[], String> texts;

    PracticeLabels(PublicLists lists, Locale locale, BiFunction<String, Object[], String> texts) {
        this.themes = lists.practiceThemes().stream().collect(Collectors.toMap(Term::code, t -> t));
        this.forms = lists.legalForms().stream().collect(Collectors.toMap(Term::code, t -> t));
        this.locale = locale;
        this.texts = texts;
    }

    String label(Facet facet, String value) {
        return switch (facet) {
            case THEME -> theme(value);
            case SDG -> sdg(Integer.parseInt(value));
            case COUNTRY -> Countries.name(value, locale);
            case LANGUAGE -> language(value);
            case YEAR -> value;
            case FORM -> forms.containsKey(value) ? forms.get(value).label(locale) : value;
        };
    }

    String theme(String code) {
        return themes.containsKey(code) ? themes.get(code).label(locale) : code;
    }

    String sdg(int goal) {
        return texts.apply("sdg.label", new Object[] {goal, texts.apply("sdg." + goal, new Object[0])});
    }

    String language(String code) {
        return texts.apply("practice.language." + code, new Object[0]);
    }
}
