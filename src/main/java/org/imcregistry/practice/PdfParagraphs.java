package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a PDF's lines again into what the author wrote: a paragraph continues while the next line follows at
 * the usual line distance in the same font; a larger gap, a change to bold or to another size, a bullet glyph
 * or a new page (unless the sentence runs on) starts the next block. Page numbers alone on a line are dropped.
 */
final class PdfParagraphs {

    private static final Pattern BULLET = Pattern.compile("^(?:[•●▪◦■‣∙·\\uF0B7\\uF0A7]|[-–*] )\\s*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}|(?i:page \\d{1,4}( of \\d{1,4})?)");
    /** Lines of a paragraph are set about 1.2 font sizes apart; a paragraph break adds at least half a line. */
    private static final float PARAGRAPH_GAP = 1.5f;

    private PdfParagraphs() {
    }

    static void write(List<PdfLines.Line> lines, DocumentOutline outline) {
        List<PdfLines.Line> kept = lines.stream().filter(l -> !PAGE_NUMBER.matcher(l.text()).matches()).toList();
        float body = bodySize(kept);
        List<PdfLines.Line> block = new ArrayList<>();
        for (PdfLines.Line line : kept) {
            if (!block.isEmpty() && startsNewBlock(block.getLast(), line)) {
                emit(block, body, outline);
                block.clear();
            }
            block.add(line);
        }
        if (!block.isEmpty()) {
            emit(block, body, outline);
        }
    }

    private static boolean startsNewBlock(PdfLines.Line previous, PdfLines.Line line) {
        if (BULLET.matcher(line.text()).find() || line.text().contains("\t") || previous.text().contains("\t")
                || line.bold() != previous.bold() || Math.abs(line.size() - previous.size()) > 0.5f) {
            return true;
        }
        if (line.page() != previous.page()) {
            return previous.text().matches(".*[.:!?)\"]$") || !Character.isLowerCase(line.text().charAt(0));
        }
        float gap = line.y() - previous.y();
        return gap < 0 || gap > PARAGRAPH_GAP * Math.max(line.size(), previous.size());
    }

    private static void emit(List<PdfLines.Line> block, float body, DocumentOutline outline) {
        PdfLines.Line first = block.getFirst();
        String text = String.join(" ", block.stream().map(PdfLines.Line::text).toList());
        var bullet = BULLET.matcher(text);
        if (first.text().contains("\t")) {
            outline.row(Arrays.asList(first.text().split("\t")));
        } else if (bullet.find()) {
            outline.bullet(text.substring(bullet.end()));
        } else if ((first.bold() || first.size() > body * 1.15f) && text.length() <= 120) {
            outline.heading(text);
        } else {
            outline.paragraph(text);
        }
    }

    /** The size most of the text is set in. */
    private static float bodySize(List<PdfLines.Line> lines) {
        java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
        lines.forEach(l -> counts.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(10f);
    }
}
