package org.imcregistry.municipality;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.common.Problem;

/**
 * The values of an import's cells as the register needs them: levels, statuses, numbers, dates and lists of codes.
 * A value that does not read is noted as a problem of its row, and the row is refused, never the whole file.
 */
final class ImportCells {

    private ImportCells() {
    }

    static @Nullable MunicipalityLevel level(@Nullable String text, List<Problem> problems) {
        if (text == null) {
            return MunicipalityLevel.MUNICIPALITY;
        }
        try {
            return MunicipalityLevel.valueOf(text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('/', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of("level", "import.error.level", text));
            return null;
        }
    }

    static @Nullable PartnershipStatus status(@Nullable String text, List<Problem> problems) {
        if (text == null) {
            return PartnershipStatus.ACTIVE;
        }
        try {
            return PartnershipStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of("status", "import.error.status", text));
            return null;
        }
    }

    static @Nullable Integer integer(@Nullable String text, String field, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            problems.add(Problem.of(field, "import.error.number", text));
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable String text, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of("dissolved_on", "import.error.date", text));
            return null;
        }
    }

    static Set<String> codes(@Nullable String text) {
        Set<String> codes = new LinkedHashSet<>();
        codesAsIs(text).forEach(c -> codes.add(c.toUpperCase(Locale.ROOT)));
        return codes;
    }

    static List<String> codesAsIs(@Nullable String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String label(@Nullable String name, @Nullable String reference) {
        String shown = name == null ? "—" : name;
        return reference == null ? shown : shown + " (" + reference + ")";
    }
}
