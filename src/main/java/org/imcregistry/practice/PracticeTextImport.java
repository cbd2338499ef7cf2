package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcregistry.common.Problem;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.Term;

/**
 * Reads a good practice documented as text in the template's format: a "place, region, country" line,
 * the title, "Keyword(s):" with one keyword a line, then each section under its heading ({@link TemplateBody}),
 * and the contributor lines at the end. Nothing is dropped: a heading it does not know is reported and its
 * text kept in the section before it.
 */
final class PracticeTextImport {

    /** The record read, and what the person should check. */
    record Parsed(PracticeContent content, List<Problem> notes) {
    }

    private final List<Term> themes;

    PracticeTextImport(List<Term> themes) {
        this.themes = themes;
    }

    Parsed parse(String document) {
        List<String> lines = document.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<Problem> notes = new ArrayList<>();
        int i = TemplateLines.nextNonBlank(lines, 0);
        String place = null;
        String region = null;
        String country = null;
        String title = null;
        if (i < lines.size() && !TemplateLines.isKnownHeading(lines.get(i))) {
            String[] parts = lines.get(i).split(",");
            if (parts.length >= 2) {
                place = parts[0].strip();
                country = parts[parts.length - 1].strip();
                region = parts.length > 2 ? String.join(",", Arrays.copyOfRange(parts, 1, parts.length - 1)).strip()
                        : null;
                i = TemplateLines.nextNonBlank(lines, i + 1);
            }
            if (i < lines.size() && !TemplateLines.isKnownHeading(lines.get(i))) {
                title = lines.get(i).strip();
                i = TemplateLines.nextNonBlank(lines, i + 1);
            }
        }
        if (title == null) {
            notes.add(Problem.of("title", "practice.import.no-title"));
        }
        String countryCode = Countries.fromNameOrCode(country).orElse(null);
        if (country != null && countryCode == null) {
            notes.add(Problem.of("country", "practice.import.country", country));
        }

        TemplateBody body = TemplateBody.read(lines, i, notes);
        Map<PracticeSection, String> texts = body.texts(notes);
        List<String> keywords = body.keywords();
        Set<String> themeCodes = new LinkedHashSet<>();
        for (String keyword : keywords) {
            themeFor(keyword).ifPresentOrElse(themeCodes::add,
                    () -> notes.add(Problem.of("themes", "practice.import.unknown-keyword", keyword)));
        }
        Set<Integer> goals = TextFacts.goals(texts.getOrDefault(PracticeSection.SDGS, ""));
        Integer startYear = TextFacts.startYear(texts.getOrDefault(PracticeSection.TIMING, ""));
        PracticeContent content = new PracticeContent(title, place, region, countryCode,
                keywords.isEmpty() ? null : String.join("; ", keywords), TextFacts.language(texts), startYear, null, null,
                body.website(), body.contact(), body.footer("contributor"), body.footer("researcher"),
                body.footer("documented"), body.footer("photos"), texts, themeCodes, goals, Set.of());
        return new Parsed(content, notes);
    }

    private Optional<String> themeFor(String keyword) {
        String wanted = keyword.strip().toLowerCase(Locale.ROOT);
        return themes.stream().filter(t -> List.of(t.en(), t.nb(), t.pl(), t.code()).stream()
                .anyMatch(label -> label.toLowerCase(Locale.ROOT).equals(wanted))).map(Term::code).findFirst();
    }
}
