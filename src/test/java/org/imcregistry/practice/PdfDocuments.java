package org.imcregistry.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs for the import tests, set as a word processor prints them: wrapped lines 1.2 font sizes apart, space
 * between paragraphs, bullets, the contributor lines in two columns, page numbers at the foot; headings larger
 * and bold (styled) or only bold.
 */
public final class PdfDocuments {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 56;
    private static final float BODY = 11;

    private final PDDocument document;
    private PDPageContentStream page;
    private float y;
    private int pages;

    private PdfDocuments(PDDocument document) {
        this.document = document;
    }

    public static byte[] of(String template, boolean styledHeadings) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfDocuments writer = new PdfDocuments(document);
            writer.write(template, styledHeadings);
            return writer.finish();
        }
    }

    void write(String template, boolean styled) throws IOException {
        newPage();
        TemplateDocuments.Kind previous = null;
        for (TemplateDocuments.Block block : TemplateDocuments.blocks(template)) {
            boolean heading = block.kind() == TemplateDocuments.Kind.HEADING || block.kind() == TemplateDocuments.Kind.TITLE;
            PDFont font = heading ? BOLD : REGULAR;
            float size = heading && styled ? 14 : BODY;
            boolean continuesList = block.kind() == TemplateDocuments.Kind.BULLET && previous == TemplateDocuments.Kind.BULLET;
            boolean continuesTable = block.kind() == TemplateDocuments.Kind.ROW && previous == TemplateDocuments.Kind.ROW;
            float gap = continuesList || continuesTable ? 0 : size * 0.8f;
            if (block.kind() == TemplateDocuments.Kind.ROW) {
                lines(List.of(block.cells().get(0)), REGULAR, BODY, gap, 0);
                if (!block.cells().get(1).isEmpty()) {
                    text(block.cells().get(1), REGULAR, BODY, MARGIN + 220, y);
                }
            } else if (block.kind() == TemplateDocuments.Kind.BULLET) {
                List<String> wrapped = wrap(block.text(), font, size, 460);
                List<String> marked = new ArrayList<>(wrapped);
                marked.set(0, "• " + wrapped.getFirst());
                lines(marked, font, size, gap, 10);
            } else {
                lines(wrap(block.text(), font, size, 480), font, size, gap, 0);
            }
            previous = block.kind();
        }
    }

    /** Lines of one block, moved whole to the next page when they do not fit (as "keep lines together"). */
    private void lines(List<String> lines, PDFont font, float size, float gap, float indent) throws IOException {
        float leading = size * 1.2f;
        if (y - gap - leading * lines.size() < MARGIN + 30) {
            newPage();
            gap = 0;
        }
        y -= gap;
        for (int i = 0; i < lines.size(); i++) {
            y -= leading;
            text(lines.get(i), font, size, MARGIN + (i == 0 ? 0 : indent), y);
        }
    }

    private void text(String text, PDFont font, float size, float x, float at) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, at);
        page.showText(text);
        page.endText();
    }

    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        text(String.valueOf(pages), REGULAR, 9, PDRectangle.A4.getWidth() / 2, 30);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private byte[] finish() throws IOException {
        page.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
