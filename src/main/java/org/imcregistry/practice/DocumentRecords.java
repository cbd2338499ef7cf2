package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.List;
import org.imcregistry.municipality.Countries;

/**
 * Splits a document holding several records one after another, as a brochure does, where each starts: a
 * "place, region, country" line, the title, and then the keyword heading. A document with one such start (or
 * none) is one record, as before. Each image goes with the record in whose text it stood.
 */
final class DocumentRecords {

    /** One record's text and images; {@code skippedLines} counts the lines before the first record. */
    record Part(String text, List<ImportedImage> images, int skippedLines) {
    }

    private DocumentRecords() {
    }

    static List<Part> split(DocumentOutline.Outline outline) {
        String text = outline.text();
        List<String> lines = text.lines().toList();
        List<Integer> offsets = new ArrayList<>();
        int offset = 0;
        for (String line : lines) {
            offsets.add(offset);
            offset = text.indexOf('\n', offset) < 0 ? text.length() : text.indexOf('\n', offset) + 1;
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (startsRecord(lines, i)) {
                starts.add(i);
            }
        }
        if (starts.size() < 2) {
            return List.of(new Part(text, outline.images().stream().map(DocumentOutline.PlacedImage::image).toList(), 0));
        }
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = k == 0 ? 0 : offsets.get(starts.get(k));
            int to = k + 1 < starts.size() ? offsets.get(starts.get(k + 1)) : text.length();
            int textFrom = offsets.get(starts.get(k));
            List<ImportedImage> images = outline.images().stream().filter(p -> p.offset() >= from && p.offset() < to
                    || (to == text.length() && p.offset() == to)).map(DocumentOutline.PlacedImage::image).toList();
            int skipped = k == 0 ? (int) lines.subList(0, starts.getFirst()).stream().filter(l -> !l.isBlank()).count() : 0;
            parts.add(new Part(text.substring(textFrom, to), images, skipped));
        }
        return parts;
    }

    private static boolean startsRecord(List<String> lines, int i) {
        if (lines.get(i).isBlank() || !isLocation(lines.get(i))) {
            return false;
        }
        int title = TemplateLines.nextNonBlank(lines, i + 1);
        if (title >= lines.size() || TemplateLines.isKnownHeading(lines.get(title)) || isLocation(lines.get(title))) {
            return false;
        }
        int keywords = TemplateLines.nextNonBlank(lines, title + 1);
        return keywords < lines.size() && TemplateLines.isKeywordHeading(lines.get(keywords));
    }

    /** "Sogn, Sogn region, Norway": two to four short parts, the last a country. */
    private static boolean isLocation(String line) {
        String[] parts = line.strip().split(",");
        return line.length() <= 150 && parts.length >= 2 && parts.length <= 4
                && java.util.Arrays.stream(parts).allMatch(p -> !p.isBlank() && p.strip().length() <= 60)
                && Countries.fromNameOrCode(parts[parts.length - 1].strip()).isPresent();
    }
}
