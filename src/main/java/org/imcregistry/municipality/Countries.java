package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, named in the reader's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isValid(@Nullable String code) {
        return code != null && CODES.contains(code);
    }

    /** Upper-cases and trims what a person or a spreadsheet typed; "no " becomes "NO". */
    public static @Nullable String normalise(@Nullable String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public static String name(String code, Locale reader) {
        return Locale.of("", code).getDisplayCountry(reader);
    }

    public static List<String> all(Locale reader) {
        return CODES.stream().sorted(Comparator.comparing(c -> name(c, reader))).toList();
    }

    /**
     * The code for a country written as a code or as its name in English, Norwegian or Polish
     * ("Norway", "Norge", "Polska"), as documents and spreadsheets write it; empty when unknown.
     */
    public static java.util.Optional<String> fromNameOrCode(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String code = normalise(text);
        if (code != null && isValid(code)) {
            return java.util.Optional.of(code);
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Locale language : List.of(Locale.ENGLISH, Locale.of("nb"), Locale.of("pl"))) {
            for (String candidate : CODES) {
                if (name(candidate, language).toLowerCase(Locale.ROOT).equals(wanted)) {
                    return java.util.Optional.of(candidate);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
