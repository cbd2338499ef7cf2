package org.imcregistry.practice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Test documents for tests in other packages (the views, the browser tests, the benchmark). */
public final class DocumentImportTestAccess {

    private DocumentImportTestAccess() {
    }

    /** Seed 003 as a Word document, headings as styles, with one photo. */
    public static byte[] seedDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxDocuments.write(document, DocumentImportTest.seed(), true);
            photo(document, 48);
            return DocxDocuments.bytes(document);
        }
    }

    /** Seed 003 and a second, Norwegian record in one Word document, the first with a photo. */
    public static byte[] brochureDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxDocuments.write(document, DocumentImportTest.seed(), true);
            photo(document, 32);
            DocxDocuments.write(document, BrochureImportTest.SECOND, false);
            return DocxDocuments.bytes(document);
        }
    }

    private static void photo(XWPFDocument document, int size) throws IOException {
        try {
            document.createParagraph().createRun().addPicture(new ByteArrayInputStream(BrochureImportTest.png(size)),
                    Document.PICTURE_TYPE_PNG, "photo.png", Units.toEMU(size), Units.toEMU(size));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /**
     * Reads a document as the import does, up to the checked drafts (everything but the database write), and
     * returns how many records it held; a record that would not pass the import's checks fails the reading.
     */
    public static int readDrafts(String fileName, byte[] file) {
        PracticeTextImport reader = new PracticeTextImport(PracticeTextImportTest.THEMES);
        int drafts = 0;
        for (DocumentRecords.Part part : DocumentRecords.split(DocumentFiles.read(fileName, file))) {
            PracticeContent content = reader.parse(part.text()).content().checked();
            if (content.title() == null || content.section(PracticeSection.CONCLUDING_REMARKS).isEmpty()) {
                throw new IllegalStateException("record " + drafts + " was not read whole");
            }
            drafts++;
        }
        return drafts;
    }

    /** {@code records} generated records in the template's format, one after another, as a brochure holds them. */
    public static String brochureText(int records) {
        java.util.Random random = new java.util.Random(16);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < records; r++) {
            text.append("Sogn, Sogn region, Norway\n\nPractice number ").append(r + 1)
                    .append("\n\nKeyword(s):\n\nMigration and Integration\n\n");
            for (PracticeSection section : PracticeSection.values()) {
                text.append(section.heading()).append("\n\n").append(BenchText.paragraph(random)).append("\n\n")
                        .append("- ").append(BenchText.paragraph(random).substring(0, 120)).append("\n- ")
                        .append(BenchText.paragraph(random).substring(0, 90)).append("\n\n")
                        .append(BenchText.paragraph(random)).append("\n\n");
            }
            text.append("Researcher/interviewer\tShahnaz Amin Haaq\nDate of documentation\tOctober 2021\n\n");
        }
        return text.toString();
    }

    public static byte[] docx(String text) throws IOException {
        return DocxDocuments.of(text, true);
    }

    public static byte[] odt(String text) throws IOException {
        return OdtDocuments.of(text, true);
    }

    public static byte[] pdf(String text) throws IOException {
        return PdfDocuments.of(text, true);
    }

    public static int pdfPages(byte[] pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
