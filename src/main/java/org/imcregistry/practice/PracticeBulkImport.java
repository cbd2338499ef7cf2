package org.imcregistry.practice;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.Table;
import org.imcregistry.common.table.TableReader;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.municipality.Term;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Objects;

/**
 * Imports many records from .xlsx or .csv, one row a record and one column a field, in two steps as the
 * register import: a report of every row that writes nothing, then all ready rows in one transaction.
 * Editors and admins only; the records arrive as drafts, or published when the editor says so.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class PracticeBulkImport {

    /** The columns a file may have; {@code title} and {@code language} are required. */
    public static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("title", "language", "place", "region", "country", "keywords",
                "themes", "sdg_goals", "start_year", "end_year", "website", "contact", "contributor", "researcher",
                "documented", "photo_credits"));
        for (PracticeSection section : PracticeSection.values()) {
            columns.add(column(section));
        }
        COLUMNS = List.copyOf(columns);
    }

    private final Practices practices;
    private final PublicLists lists;

    PracticeBulkImport(Practices practices, PublicLists lists) {
        this.practices = practices;
        this.lists = lists;
    }

    static String column(PracticeSection section) {
        return section.name().toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public PracticeImportPreview preview(String fileName, byte[] content) {
        Table table = TableReader.read(fileName, content);
        List<String> missing = List.of("title", "language").stream().filter(c -> !table.headers().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new UserFacingException("import.error.missing-columns", String.join(", ", missing),
                    String.join(", ", COLUMNS));
        }
        if (table.rows().isEmpty()) {
            throw new UserFacingException("import.error.no-rows");
        }
        List<Term> themes = lists.practiceThemes();
        List<PracticeImportPreview.RowReport> reports = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            reports.add(check(row, themes));
        }
        return new PracticeImportPreview(fileName, reports);
    }

    /** Writes every ready row in one transaction; one failure writes none. Returns how many were written. */
    @Transactional
    public int write(PracticeImportPreview preview, boolean publish) {
        int written = 0;
        for (PracticeImportPreview.RowReport row : preview.rows()) {
            if (row.isReady()) {
                long id = practices.create(Objects.requireNonNull(row.ready(), "a ready row has checked content"),
                        PracticeHistoryEntry.Action.IMPORTED, preview.fileName());
                if (publish) {
                    practices.submit(id);
                    practices.publish(id, null);
                }
                written++;
            }
        }
        return written;
    }

    private PracticeImportPreview.RowReport check(Table.Row row, List<Term> themes) {
        List<Problem> problems = new ArrayList<>();
        RecordLanguage language = null;
        String languageText = row.get("language");
        if (languageText == null) {
            problems.add(Problem.of("language", "validation.required"));
        } else {
            try {
                language = RecordLanguage.ofCode(languageText);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of("language", "practice.import.error.language", languageText));
            }
        }
        Set<String> themeCodes = new LinkedHashSet<>();
        for (String theme : split(row.get("themes"))) {
            Optional<String> code = themes.stream().filter(t -> List.of(t.code(), t.en(), t.nb(), t.pl()).stream()
                    .anyMatch(l -> l.equalsIgnoreCase(theme))).map(Term::code).findFirst();
            code.ifPresentOrElse(themeCodes::add,
                    () -> problems.add(Problem.of("themes", "practice.error.theme", theme)));
        }
        Set<Integer> goals = new LinkedHashSet<>();
        for (String goal : split(row.get("sdg_goals"))) {
            goals.add(number("sdg_goals", goal.replaceFirst("(?i)^sdg\\s*", ""), problems));
        }
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        for (PracticeSection section : PracticeSection.values()) {
            String text = row.get(column(section));
            if (text != null) {
                sections.put(section, text);
            }
        }
        PracticeContent content = new PracticeContent(row.get("title"), row.get("place"), row.get("region"),
                row.get("country"), row.get("keywords"), language, number("start_year", row.get("start_year"), problems),
                number("end_year", row.get("end_year"), problems), null, row.get("website"), row.get("contact"),
                row.get("contributor"), row.get("researcher"), row.get("documented"), row.get("photo_credits"),
                sections, themeCodes, goals, Set.of());
        PracticeContent checked = null;
        if (problems.isEmpty() || language != null) {
            try {
                checked = content.checked();
            } catch (InvalidInputException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        String title = row.get("title") == null ? "—" : row.get("title");
        return new PracticeImportPreview.RowReport(row.line(), title, List.copyOf(problems),
                problems.isEmpty() ? checked : null);
    }

    private static @Nullable Integer number(String column, @Nullable String text, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replaceFirst("\\.0$", ""));
        } catch (NumberFormatException e) {
            problems.add(Problem.of(column, "import.error.number", text));
            return null;
        }
    }

    private static List<String> split(@Nullable String text) {
        return text == null ? List.of() : java.util.Arrays.stream(text.split("[;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
