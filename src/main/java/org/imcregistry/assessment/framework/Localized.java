package org.imcregistry.assessment.framework;

import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.Map;

/** A text of a framework in each UI language (en, nb, pl). */
public record Localized(Map<String, String> texts) {

    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "nb", "pl");

    public Localized {
        texts = Map.copyOf(texts);
    }

    /** The text in the reader's language; Norwegian variants read Bokmål; anything else reads English. */
    public @Nullable String in(Locale locale) {
        String language = switch (locale.getLanguage()) {
            case "nb", "no", "nn" -> "nb";
            case "pl" -> "pl";
            default -> "en";
        };
        return texts.getOrDefault(language, texts.get("en"));
    }
}
