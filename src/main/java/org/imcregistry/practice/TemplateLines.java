package org.imcregistry.practice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a line of a template document is recognised: a heading of the template, one it lacks, or a footer line. */
final class TemplateLines {

    private TemplateLines() {
    }

    /** The contributor lines at the end ({@code Contributor<TAB>Name}), by the key the record stores them under. */
    static Optional<String> footerKey(String line) {
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

    static boolean isHeading(String line, String start) {
        String normal = PracticeSection.normalise(line);
        return normal.startsWith(start) && normal.length() < 70;
    }

    static boolean isKnownHeading(String line) {
        return PracticeSection.ofHeading(line).isPresent() || PracticeSection.normalise(line).startsWith("keyword");
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
