package org.imcregistry.municipality;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, named in the reader's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /** Upper-cases and trims what a person or a spreadsheet typed; "no " becomes "NO". */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public static String name(String code, Locale reader) {
        return Locale.of("", code).getDisplayCountry(reader);
    }

    public static List<String> all(Locale reader) {
        return CODES.stream().sorted(Comparator.comparing(c -> name(c, reader))).toList();
    }
}
