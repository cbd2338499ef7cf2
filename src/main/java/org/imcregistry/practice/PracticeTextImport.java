package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcregistry.common.Problem;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.Term;

/**
 * Reads a good practice documented as text in the template's format: a "place, region, country" line,
 * the title, "Keyword(s):" with one keyword a line, then each section under its heading, and the
 * contributor lines at the end. Nothing is dropped: a heading it does not know is reported and its
 * text kept in the section before it.
 */
final class PracticeTextImport {

    /** The record read, and what the person should check. */
    record Parsed(PracticeContent content, List<Problem> notes) {
    }

    private enum Block { KEYWORDS, WEBSITE, CONTACT }

    private static final Pattern SDG = Pattern.compile("(?i)\\bSDG\\s*#?\\s*(\\d{1,2})\\b");
    private static final Pattern START_YEAR = Pattern.compile(
            "(?iu)\\b(?:started|began|launched|since|startet|starta|begynte|rozpocz\\p{L}*|rozpoczął|od)\\s+"
                    + "(?:się\\s+)?(?:in\\s+|i\\s+|w\\s+|we\\s+)?(?:roku\\s+|året\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("[\\s\\-.–—_]*");

    private final List<Term> themes;

    PracticeTextImport(List<Term> themes) {
        this.themes = themes;
    }

    Parsed parse(String document) {
        List<String> lines = document.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<Problem> notes = new ArrayList<>();
        int i = nextNonBlank(lines, 0);
        String place = null;
        String region = null;
        String country = null;
        String title = null;
        if (i < lines.size() && !isKnownHeading(lines.get(i))) {
            String[] parts = lines.get(i).split(",");
            if (parts.length >= 2) {
                place = parts[0].strip();
                country = parts[parts.length - 1].strip();
                region = parts.length > 2 ? String.join(",", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1)).strip()
                        : null;
                i = nextNonBlank(lines, i + 1);
            }
            if (i < lines.size() && !isKnownHeading(lines.get(i))) {
                title = lines.get(i).strip();
                i = nextNonBlank(lines, i + 1);
            }
        }
        if (title == null) {
            notes.add(Problem.of("title", "practice.import.no-title"));
        }
        String countryCode = Countries.fromNameOrCode(country).orElse(null);
        if (country != null && countryCode == null) {
            notes.add(Problem.of("country", "practice.import.country", country));
        }

        Map<PracticeSection, StringBuilder> sections = new EnumMap<>(PracticeSection.class);
        List<String> keywords = new ArrayList<>();
        StringBuilder website = new StringBuilder();
        StringBuilder contact = new StringBuilder();
        Map<String, String> footer = new java.util.HashMap<>();
        PracticeSection section = null;
        Block block = null;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                appendBreak(section, block, sections, website, contact);
                continue;
            }
            Optional<String> footerKey = footerKey(line);
            if (footerKey.isPresent()) {
                int tab = line.indexOf('\t');
                String value = tab < 0 ? "" : line.substring(tab + 1).strip();
                footer.put(footerKey.get(), value);
                section = null;
                block = null;
                continue;
            }
            if (PracticeSection.normalise(stripped).startsWith("keyword")) {
                block = Block.KEYWORDS;
                section = null;
                String rest = stripped.substring(stripped.indexOf(':') + 1).strip();
                if (stripped.contains(":") && !rest.isEmpty()) {
                    keywords.add(rest);
                }
                continue;
            }
            Optional<PracticeSection> known = PracticeSection.ofHeading(stripped);
            if (known.isPresent()) {
                section = known.get();
                block = null;
                continue;
            }
            if (isHeading(stripped, "website")) {
                block = Block.WEBSITE;
                section = null;
                continue;
            }
            if (isHeading(stripped, "contact")) {
                block = Block.CONTACT;
                section = null;
                continue;
            }
            if (block == Block.KEYWORDS) {
                keywords.add(stripped);
                continue;
            }
            if (block == Block.WEBSITE) {
                website.append(stripped.replaceAll("^<|>$", "")).append('\n');
                continue;
            }
            if (block == Block.CONTACT) {
                contact.append(stripped).append('\n');
                continue;
            }
            if (looksLikeHeading(lines, i)) {
                notes.add(Problem.of("section", "practice.import.unknown-heading", stripped, i + 1,
                        section == null ? "—" : section.heading()));
            }
            if (section == null) {
                section = PracticeSection.INTRODUCTION;
                notes.add(Problem.of("section", "practice.import.text-before-sections", i + 1));
            }
            if (!PLACEHOLDER.matcher(stripped).matches()) {
                sections.computeIfAbsent(section, k -> new StringBuilder()).append(line.stripTrailing()).append('\n');
            } else if (!sections.containsKey(section)) {
                sections.put(section, new StringBuilder());
            }
        }

        Map<PracticeSection, String> texts = new EnumMap<>(PracticeSection.class);
        sections.forEach((s, text) -> {
            String body = text.toString().replaceAll("\n{3,}", "\n\n").strip();
            if (body.isEmpty()) {
                notes.add(Problem.of(s.name(), "practice.import.empty-section", s.heading()));
            } else {
                texts.put(s, body);
            }
        });
        for (PracticeSection s : PracticeSection.values()) {
            if (!sections.containsKey(s)) {
                notes.add(Problem.of(s.name(), "practice.import.missing-section", s.heading()));
            }
        }
        Set<String> themeCodes = new LinkedHashSet<>();
        for (String keyword : keywords) {
            themeFor(keyword).ifPresentOrElse(themeCodes::add,
                    () -> notes.add(Problem.of("themes", "practice.import.unknown-keyword", keyword)));
        }
        Set<Integer> goals = new LinkedHashSet<>();
        Matcher sdg = SDG.matcher(texts.getOrDefault(PracticeSection.SDGS, ""));
        while (sdg.find()) {
            int goal = Integer.parseInt(sdg.group(1));
            if (goal >= 1 && goal <= 17) {
                goals.add(goal);
            }
        }
        Integer startYear = null;
        Matcher year = START_YEAR.matcher(texts.getOrDefault(PracticeSection.TIMING, ""));
        if (year.find()) {
            startYear = Integer.valueOf(year.group(1));
        }
        String websiteText = website.toString().strip().replaceAll("\n+", " ");
        PracticeContent content = new PracticeContent(title, place, region, countryCode != null ? countryCode : null,
                keywords.isEmpty() ? null : String.join("; ", keywords), guessLanguage(texts), startYear, null, null,
                websiteText.isEmpty() ? null : websiteText,
                emptyToNull(contact.toString().replaceAll("\n{2,}", "\n").strip()), emptyToNull(footer.get("contributor")),
                emptyToNull(footer.get("researcher")), emptyToNull(footer.get("documented")),
                emptyToNull(footer.get("photos")), texts, themeCodes, goals, Set.of());
        return new Parsed(content, notes);
    }

    private static void appendBreak(PracticeSection section, Block block, Map<PracticeSection, StringBuilder> sections,
            StringBuilder website, StringBuilder contact) {
        if (section != null && sections.containsKey(section)) {
            sections.get(section).append('\n');
        }
    }

    private Optional<String> themeFor(String keyword) {
        String wanted = keyword.strip().toLowerCase(Locale.ROOT);
        return themes.stream().filter(t -> List.of(t.en(), t.nb(), t.pl(), t.code()).stream()
                .anyMatch(label -> label.toLowerCase(Locale.ROOT).equals(wanted))).map(Term::code).findFirst();
    }

    private static Optional<String> footerKey(String line) {
        String head = (line.contains("\t") ? line.substring(0, line.indexOf('\t')) : line).strip()
                .toLowerCase(Locale.ROOT);
        return switch (head) {
            case "contributor" -> Optional.of("contributor");
            case "researcher/interviewer", "researcher", "interviewer" -> Optional.of("researcher");
            case "date of documentation" -> Optional.of("documented");
            case "fotos/illustrations", "photos/illustrations", "photo credits", "photos" -> Optional.of("photos");
            default -> Optional.empty();
        };
    }

    private static boolean isHeading(String line, String start) {
        String normal = PracticeSection.normalise(line);
        return normal.startsWith(start) && normal.length() < 70;
    }

    private static boolean isKnownHeading(String line) {
        return PracticeSection.ofHeading(line).isPresent() || PracticeSection.normalise(line).startsWith("keyword");
    }

    /**
     * A short line on its own, without sentence punctuation, followed by text, is a heading the template
     * does not have (a long sentence that merely lacks its full stop is not).
     */
    private static boolean looksLikeHeading(List<String> lines, int i) {
        String line = lines.get(i).strip();
        boolean alone = (i == 0 || lines.get(i - 1).isBlank()) && i + 1 < lines.size() && lines.get(i + 1).isBlank();
        return alone && line.length() <= 60 && line.split("\\s+").length <= 7 && Character.isUpperCase(line.charAt(0))
                && !line.matches(".*[.,;:!?…)]$") && !line.startsWith("-") && nextNonBlank(lines, i + 1) < lines.size();
    }

    /** Polish letters say Polish; Norwegian letters or common words say Norwegian; otherwise English. */
    static RecordLanguage guessLanguage(Map<PracticeSection, String> texts) {
        String all = String.join(" ", texts.values()).toLowerCase(Locale.ROOT);
        long polish = all.chars().filter(c -> "ąćęłńśźż".indexOf(c) >= 0).count();
        long norwegian = all.chars().filter(c -> "æøå".indexOf(c) >= 0).count()
                + countWords(all, " og ") + countWords(all, " ikke ") + countWords(all, " som ");
        long english = countWords(all, " the ") + countWords(all, " and ") + countWords(all, " of ");
        if (polish > 5 && polish * 3 > english) {
            return RecordLanguage.PL;
        }
        if (norwegian > english) {
            return RecordLanguage.NB;
        }
        return RecordLanguage.EN;
    }

    private static long countWords(String text, String word) {
        long count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
