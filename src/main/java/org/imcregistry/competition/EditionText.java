package org.imcregistry.competition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.common.SupportedLocales;
import org.jspecify.annotations.Nullable;

/**
 * A criterion, eligibility rule or category of an edition in each UI language (en, nb, pl), as the assessment
 * frameworks keep their texts; {@code first} is the edition's first language, whose text is never missing and is
 * what a reader sees when their own language has none.
 */
public record EditionText(Map<String, String> texts, String first) {

    public static final List<String> LANGUAGES = List.of("en", "nb", "pl");

    public EditionText {
        Map<String, String> present = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                present.put(language, text);
            }
        });
        if (!present.containsKey(first)) {
            throw new IllegalArgumentException("the edition's first language " + first + " has no text");
        }
        texts = Map.copyOf(present);
    }

    /** The same text in every language, for what has no translation (a name the manager typed once). */
    public static EditionText only(String language, String text) {
        return new EditionText(Map.of(language, text), language);
    }

    /** The text in the reader's language, or in the edition's first language when theirs has none. */
    public String in(Locale locale) {
        String language = language(locale);
        String text = texts.get(language);
        return text != null ? text : firstText();
    }

    /** The text written in {@code language} itself, or null where the manager wrote none. */
    public @Nullable String exactly(String language) {
        return texts.get(language);
    }

    public String firstText() {
        String text = texts.get(first);
        if (text == null) {
            throw new IllegalStateException("checked when built");
        }
        return text;
    }

    /** The first language's text, for logs and anything that has no reader. */
    @Override
    public String toString() {
        return firstText();
    }

    /** The UI language ("en", "nb", "pl") a locale reads; Norwegian variants read Bokmål. */
    public static String language(@Nullable Locale locale) {
        return SupportedLocales.closest(locale).getLanguage();
    }
}
