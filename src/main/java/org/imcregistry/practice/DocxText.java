package org.imcregistry.practice;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.imcregistry.common.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * A Word document (.docx, read with POI's XWPF) as the template's text: headings by their style (Title,
 * Heading 1–3) or their text, paragraphs, list points, table rows, footnotes at the end of their section, and
 * the embedded photos. Macro-enabled documents are refused before POI opens them.
 */
final class DocxText {

    /** Word writes 200 pages of text in well under this; what is more is more than 200 pages. */
    static final long MAX_TEXT_PART_BYTES = 16L * 1024 * 1024;
    private static final String FOOTNOTE_MARK = "\\[(?:footnoteRef|endnoteRef):\\d+]";

    private DocxText() {
    }

    static DocumentOutline.Outline read(byte[] file) {
        DocumentZip.Contents zip = DocumentZip.read(file, name -> name.equals("[Content_Types].xml") ? 1024 * 1024 : 0);
        if (zip.hasEntryStartingWith("word/vbaProject") || zip.text("[Content_Types].xml").contains("macroEnabled")) {
            throw new UserFacingException("practice.import.error.macros");
        }
        if (!zip.names().contains("word/document.xml") && zip.names().stream().noneMatch(n -> n.endsWith(".xml")
                && n.startsWith("word/"))) {
            throw new UserFacingException("practice.import.error.broken");
        }
        if (zip.sizes().getOrDefault("word/document.xml", 0L) > MAX_TEXT_PART_BYTES) {
            // POI holds the whole text part as XML objects, about ten times its size: refuse before, not during
            throw new UserFacingException("practice.import.error.pages", DocumentOutline.MAX_PAGES);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            int pages = document.getProperties().getExtendedProperties().getPages();
            if (pages > DocumentOutline.MAX_PAGES) {
                throw new UserFacingException("practice.import.error.pages", DocumentOutline.MAX_PAGES);
            }
            DocumentOutline outline = new DocumentOutline();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(document, paragraph, outline);
                } else if (element instanceof XWPFTable table) {
                    table(table, outline);
                } else if (element instanceof XWPFSDT content) {
                    outline.paragraph(content.getContent().getText());
                }
            }
            return outline.finish();
        } catch (UserFacingException refused) {
            throw refused;
        } catch (Exception | StackOverflowError unreadable) {
            // POI checks each part's inflation again as it opens the package (ZipSecureFile)
            boolean bomb = unreadable.getMessage() != null && unreadable.getMessage().contains("Zip bomb");
            throw new UserFacingException(bomb ? "practice.import.error.zip-bomb" : "practice.import.error.broken");
        }
    }

    private static void paragraph(XWPFDocument document, XWPFParagraph paragraph, DocumentOutline outline) {
        String text = text(paragraph);
        if (isHeadingStyle(document, paragraph)) {
            outline.heading(text);
        } else if (paragraph.getNumID() != null) {
            outline.bullet(text);
        } else {
            outline.paragraph(text);
        }
        for (XWPFRun run : paragraph.getRuns()) {
            pictures(run, outline);
            for (CTFtnEdnRef reference : run.getCTR().getFootnoteReferenceList()) {
                footnote(document.getFootnoteByID(id(reference.getId())), outline);
            }
            for (CTFtnEdnRef reference : run.getCTR().getEndnoteReferenceList()) {
                footnote(document.getEndnoteByID(id(reference.getId())), outline);
            }
        }
    }

    /**
     * The paragraph's text without its footnotes (POI writes a footnote's text where it is referenced; here it
     * goes to the end of the section) and without deleted text of tracked changes.
     */
    static String text(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run && run.getCTR().sizeOfDelTextArray() == 0) {
                boolean referencesNote = run.getCTR().sizeOfFootnoteReferenceArray() > 0
                        || run.getCTR().sizeOfEndnoteReferenceArray() > 0;
                text.append(referencesNote ? String.join("", run.getCTR().getTList().stream()
                        .map(t -> t.getStringValue()).toList()) : run.text());
            } else if (element instanceof XWPFSDT content) {
                text.append(content.getContent().getText());
            }
        }
        return text.toString().replaceAll(FOOTNOTE_MARK, "");
    }

    private static int id(BigInteger id) {
        return id.intValue();
    }

    private static void footnote(@Nullable XWPFAbstractFootnoteEndnote note, DocumentOutline outline) {
        if (note == null) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph paragraph : note.getParagraphs()) {
            texts.add(text(paragraph).strip());
        }
        outline.footnote(String.join(" ", texts));
    }

    /** Title and Heading 1–3, by the style's name (the same in every Word language) or its id. */
    private static boolean isHeadingStyle(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return false;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = (style == null || style.getName() == null ? id : style.getName())
                .replace(" ", "").toLowerCase(Locale.ROOT);
        return name.equals("title") || name.matches("heading[123]");
    }

    private static void table(XWPFTable table, DocumentOutline outline) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().replaceAll(FOOTNOTE_MARK, ""));
            }
            outline.row(cells);
        }
    }

    /** A photo in the text, at its place there (so that a brochure's photo goes with its record). */
    private static void pictures(XWPFRun run, DocumentOutline outline) {
        for (XWPFPicture embedded : run.getEmbeddedPictures()) {
            XWPFPictureData picture = embedded.getPictureData();
            if (picture == null) {
                continue;
            }
            String type = ImportedImage.contentTypeOf(picture.getFileName());
            long size = picture.getPackagePart().getSize(); // -1 when the package does not know it yet
            if (!type.isEmpty() && size <= ImportedImage.MAX_BYTES) {
                outline.image(picture.getFileName(), type, picture::getData);
            }
        }
    }
}
