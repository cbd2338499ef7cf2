package org.imcregistry.practice;

import java.util.List;
import java.util.Optional;

/** How a line of a template document is recognised: a heading of the template, one it lacks, or a footer line. */
final class TemplateLines {

    private static final List<String> FOOTER_KEYS = List.of("contributor", "researcher", "documented", "photos");

    private TemplateLines() {
    }

    /** The contributor lines at the end ({@code Contributor<TAB>Name}), by the key the record stores them under. */
    static Optional<String> footerKey(String line) {
        String head = PracticeSection.normalise(line.contains("\t") ? line.substring(0, line.indexOf('\t')) : line);
        Optional<String> english = switch (head) {
            case "contributor" -> Optional.of("contributor");
            case "researcher/interviewer", "researcher", "interviewer" -> Optional.of("researcher");
            case "date of documentation" -> Optional.of("documented");
            case "fotos/illustrations", "photos/illustrations", "photo credits", "photos" -> Optional.of("photos");
            default -> Optional.empty();
        };
        return english.or(() -> FOOTER_KEYS.stream().filter(key -> TemplateHeadings.translations(key).stream()
                .map(PracticeSection::normalise).anyMatch(head::equals)).findFirst());
    }

    /** Whether the line is the heading of the template's {@code key} block: website, contact (or a translation). */
    static boolean isHeading(String line, String key) {
        String normal = PracticeSection.normalise(line);
        return TemplateHeadings.startsWith(normal, key, key) && normal.length() < 70;
    }

    /** The "Keyword(s):" line, or its Norwegian or Polish counterpart. */
    static boolean isKeywordHeading(String line) {
        return TemplateHeadings.startsWith(PracticeSection.normalise(line), "keywords", "keyword");
    }

    static boolean isKnownHeading(String line) {
        return PracticeSection.ofHeading(line).isPresent() || isKeywordHeading(line);
    }

    /**
     * A short line on its own, without sentence punctuation, followed by text, is a heading the template
     * does not have (a long sentence that merely lacks its full stop is not).
     */
    static boolean looksLikeHeading(List<String> lines, int i) {
        String line = lines.get(i).strip();
        boolean alone = (i == 0 || lines.get(i - 1).isBlank()) && i + 1 < lines.size() && lines.get(i + 1).isBlank();
        return alone && line.length() <= 60 && line.split("\\s+").length <= 7 && Character.isUpperCase(line.charAt(0))
                && !line.matches(".*[.,;:!?…)]$") && !line.startsWith("-") && nextNonBlank(lines, i + 1) < lines.size();
    }

    static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
