package org.imcregistry.common;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Locale;

/** The languages of the UI: English (default), Norwegian Bokmål and Polish. */
public final class SupportedLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale NORWEGIAN_BOKMAL = Locale.forLanguageTag("nb");
    public static final Locale POLISH = Locale.forLanguageTag("pl");
    public static final List<Locale> ALL = List.of(ENGLISH, NORWEGIAN_BOKMAL, POLISH);

    private SupportedLocales() {
    }

    /** The supported locale closest to the one asked for; Norwegian ("no", "nn") reads as Bokmål. */
    public static Locale closest(@Nullable Locale requested) {
        if (requested == null) {
            return ENGLISH;
        }
        return switch (requested.getLanguage()) {
            case "nb", "no", "nn" -> NORWEGIAN_BOKMAL;
            case "pl" -> POLISH;
            default -> ENGLISH;
        };
    }
}
