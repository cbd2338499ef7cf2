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
}
