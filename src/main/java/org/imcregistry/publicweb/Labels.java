package org.imcregistry.publicweb;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.Term;
import org.imcregistry.practice.RecordLanguage;
import org.jspecify.annotations.Nullable;

/** Names of themes, goals, countries and languages in one language: the visitor's, or a record's own. */
final class Labels {

    private final Map<String, Term> themes;
    private final Locale locale;

    Labels(List<Term> themes, Locale locale) {
        this.themes = themes.stream().collect(Collectors.toMap(Term::code, Function.identity()));
        this.locale = locale;
    }

    /** The language a record is written in, as a locale; English for "other", whose texts need some language. */
    static Locale of(RecordLanguage language) {
        return language == RecordLanguage.OTHER ? Locale.ENGLISH : Locale.forLanguageTag(language.code());
    }

    /** The BCP 47 tag of a record's language for {@code lang} and {@code hreflang}; null when it is not known. */
    static @Nullable String tag(RecordLanguage language) {
        return language == RecordLanguage.OTHER ? null : language.code();
    }

    Locale locale() {
        return locale;
    }

    String theme(String code) {
        Term term = themes.get(code);
        return term == null ? code : term.label(locale);
    }

    boolean isTheme(String code) {
        return themes.containsKey(code);
    }

    String sdg(int goal) {
        return text("sdg.label", goal, text("sdg." + goal));
    }

    /** A country's name in the visitor's language, for a code known to be one. */
    String countryName(String code) {
        return Countries.name(code, locale);
    }

    @Nullable String country(@Nullable String code) {
        return code == null ? null : Countries.name(code, locale);
    }

    String language(RecordLanguage language) {
        return text("practice.language." + language.code());
    }

    String text(String key, Object... arguments) {
        return MessageBundle.text(key, locale, arguments);
    }
}
