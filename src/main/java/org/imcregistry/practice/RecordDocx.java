package org.imcregistry.practice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.municipality.Countries;
import org.jspecify.annotations.Nullable;

/**
 * Writes records into a Word document in the template's layout: the location line, the title (Heading 1), the
 * keywords, the lead photo, every section under its heading (Heading 2), website and contact details, the credits,
 * then the other photos, each with its text alternative and credit as a caption. Labels in the reader's language,
 * the record's own text as written.
 */
final class RecordDocx {

    /** The widest a photo is placed: the text width of an A4 page with 2.5 cm margins, in points. */
    private static final double MAX_WIDTH_PT = 450;
    private static final double MAX_HEIGHT_PT = 340;

    /** A record and its photos, whose bytes are fetched only as each is placed ({@link PhotoSource}). */
    record Entry(PracticeContent content, List<RecordPhoto> photos) {
    }

    /** The bytes of a photo in one of its sizes. */
    interface PhotoSource {
        byte[] bytes(RecordPhoto photo, RecordPhoto.Size size);
    }

    private final XWPFDocument document = new XWPFDocument();
    private final Locale reader;
    private final PhotoSource photoSource;
    private final RecordPhoto.Size otherPhotos;

    /**
     * {@code otherPhotos}: the size of every photo but the lead one. A booklet places them as thumbnails, so that a
     * hundred records with ten photos each stay a file to mail, and the document's parts (all in memory while POI
     * writes) stay within a small heap.
     */
    RecordDocx(Locale reader, PhotoSource photoSource, RecordPhoto.Size otherPhotos) {
        this.reader = reader;
        this.photoSource = photoSource;
        this.otherPhotos = otherPhotos;
        WordStyles.addTo(document);
    }

    XWPFDocument document() {
        return document;
    }

    /** The booklet's front: its title and a table of contents over the records' titles ({@link WordToc}). */
    void front(String title, List<String> recordTitles) {
        paragraph(WordStyles.TITLE, title);
        paragraph(WordStyles.HEADING_2, text("practice.document.contents"));
        WordToc.write(document, recordTitles);
    }

    void record(Entry entry, boolean newPage) {
        PracticeContent content = entry.content();
        XWPFParagraph location = paragraph(null, locationLine(content));
        location.setPageBreak(newPage);
        paragraph(WordStyles.HEADING_1, content.title() == null ? "" : content.title());
        if (content.keywords() != null) {
            paragraph(null, text("practice.field.keywords") + ": " + content.keywords());
        }
        List<RecordPhoto> photos = entry.photos();
        if (!photos.isEmpty()) {
            photo(photos.getFirst(), RecordPhoto.Size.DISPLAY);
        }
        for (PracticeSection section : PracticeSection.values()) {
            String body = content.section(section);
            if (body.isBlank()) {
                continue;
            }
            paragraph(WordStyles.HEADING_2, text("practice.section." + section.name()));
            for (TextBlocks.Block block : TextBlocks.of(body)) {
                if (block.isList()) {
                    block.bullets().forEach(item -> paragraph(null, "• " + item).setIndentationLeft(360));
                } else {
                    multiline(paragraph(null, ""), block.text());
                }
            }
        }
        contactAndCredits(content);
        for (RecordPhoto photo : photos.subList(Math.min(1, photos.size()), photos.size())) {
            photo(photo, otherPhotos);
        }
    }

    private void contactAndCredits(PracticeContent content) {
        List<String[]> credits = new ArrayList<>();
        credit(credits, "practice.field.contributor", content.contributor());
        credit(credits, "practice.field.researcher", content.researcher());
        credit(credits, "practice.field.documented", content.documented());
        credit(credits, "practice.field.photoCredits", content.photoCredits());
        if (content.website() == null && content.contact() == null && credits.isEmpty()) {
            return;
        }
        paragraph(WordStyles.HEADING_2, text("practice.contact-and-credits"));
        if (content.website() != null) {
            paragraph(null, text("practice.field.website") + ": " + content.website());
        }
        if (content.contact() != null) {
            paragraph(null, text("practice.field.contact") + ":");
            multiline(paragraph(null, ""), content.contact());
        }
        credits.forEach(line -> paragraph(null, line[0] + ": " + line[1]));
    }

    private void credit(List<String[]> credits, String key, @Nullable String value) {
        if (value != null) {
            credits.add(new String[] {text(key), value});
        }
    }

    /** The photo at most a text width wide, with "text alternative — Photo: credit" under it as a caption. */
    private void photo(RecordPhoto about, RecordPhoto.Size size) {
        // Placed by the display size's proportions (a thumbnail has the same), at most a text width, or a third of it.
        double widest = size == RecordPhoto.Size.DISPLAY ? MAX_WIDTH_PT : MAX_WIDTH_PT / 3;
        double scale = Math.min(Math.min(widest / about.width(), MAX_HEIGHT_PT / about.height()), 0.75);
        XWPFRun run = document.createParagraph().createRun();
        try {
            run.addPicture(new ByteArrayInputStream(photoSource.bytes(about, size)), about.contentType().endsWith("png")
                    ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, "photo-" + about.id(),
                    Units.toEMU(about.width() * scale), Units.toEMU(about.height() * scale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the server encoded this photo itself", e);
        }
        paragraph(WordStyles.CAPTION, about.alternativeText() + " — " + text("practice.photo.credit", about.credit()));
    }

    private String locationLine(PracticeContent content) {
        List<String> where = new ArrayList<>();
        if (content.place() != null) {
            where.add(content.place());
        }
        if (content.region() != null) {
            where.add(content.region());
        }
        if (content.country() != null) {
            where.add(Countries.name(content.country(), reader));
        }
        return String.join(", ", where);
    }

    private XWPFParagraph paragraph(@Nullable String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        if (!text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    /** Lines kept as lines (an address, a paragraph with line breaks) within one paragraph. */
    private static void multiline(XWPFParagraph paragraph, @Nullable String text) {
        if (text == null) {
            return;
        }
        // One run a line, each ending in a break but the last: a run holds one text and one break, in that order.
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private String text(String key, Object... arguments) {
        return MessageBundle.text(key, reader, arguments);
    }
}
