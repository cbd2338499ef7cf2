package org.imcregistry.practice;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.imcregistry.common.UserFacingException;

/**
 * A PDF (a brochure, a document saved as PDF) as the template's text, read with PDFBox 3 in bounded memory:
 * its lines with their positions and fonts ({@link PdfLines}) are joined again into paragraphs, headings and
 * list points ({@link PdfParagraphs}). Encrypted PDFs and those over the page limit are refused.
 */
final class PdfText {

    static final long MAX_MEMORY_BYTES = 96L * 1024 * 1024;

    private PdfText() {
    }

    static DocumentOutline.Outline read(byte[] file) {
        String head = new String(file, 0, Math.min(file.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new UserFacingException("practice.import.error.broken");
        }
        DocumentOutline outline = new DocumentOutline();
        try (PDDocument document = Loader.loadPDF(file, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY_BYTES).streamCache)) {
            if (document.isEncrypted()) {
                throw new UserFacingException("practice.import.error.encrypted");
            }
            if (document.getNumberOfPages() > DocumentOutline.MAX_PAGES) {
                throw new UserFacingException("practice.import.error.pages", DocumentOutline.MAX_PAGES);
            }
            PdfLines lines = new PdfLines(outline);
            lines.writeText(document, Writer.nullWriter());
            PdfParagraphs.write(lines.lines(), outline);
            return outline.finish();
        } catch (InvalidPasswordException locked) {
            throw new UserFacingException("practice.import.error.encrypted");
        } catch (UserFacingException refused) {
            throw refused;
        } catch (IOException | RuntimeException | StackOverflowError broken) {
            throw new UserFacingException("practice.import.error.broken");
        }
    }
}
