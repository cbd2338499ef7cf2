package org.imcregistry.practice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF as PDFBox finds them, each with where it stands and how it is set (size, bold), so that
 * paragraphs and headings can be told apart afterwards. A wide gap between two words on a line (a table's
 * columns, "Researcher&nbsp;&nbsp;&nbsp;&nbsp;Name") becomes a tab.
 */
final class PdfLines extends PDFTextStripper {

    /** One line: its text, its baseline from the page's top, its font size, whether bold, and its page. */
    record Line(String text, float y, float size, boolean bold, int page) {
    }

    private final DocumentOutline bounds;
    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private float y;
    private float size;
    private boolean bold;
    private float endX;
    private int page;

    PdfLines(DocumentOutline bounds) {
        this.bounds = bounds;
    }

    List<Line> lines() {
        endLine();
        return lines;
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        endLine();
        page++;
        bounds.checkBounds();
        super.startPage(pdPage);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        TextPosition first = positions.getFirst();
        if (current.isEmpty()) {
            y = first.getYDirAdj();
            size = first.getFontSizeInPt();
            bold = isBold(first.getFont());
        } else if (first.getXDirAdj() - endX > 2.5f * Math.max(size, 1f)) {
            current.setLength(current.length() - (current.toString().endsWith(" ") ? 1 : 0));
            current.append('\t');
        }
        current.append(text);
        TextPosition last = positions.getLast();
        endX = last.getXDirAdj() + last.getWidthDirAdj();
        if (current.length() > DocumentOutline.MAX_CHARS) {
            bounds.checkBounds();
        }
    }

    @Override
    protected void writeWordSeparator() {
        current.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void endLine() {
        String text = current.toString().strip();
        current.setLength(0);
        if (!text.isEmpty()) {
            lines.add(new Line(text, y, size, bold, page));
        }
    }

    private static boolean isBold(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.contains("bold") || name.contains("black") || name.contains("heavy")
                || (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600));
    }
}
