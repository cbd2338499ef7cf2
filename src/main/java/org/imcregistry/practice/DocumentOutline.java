package org.imcregistry.practice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.common.UserFacingException;

/**
 * What a .docx, .odt or .pdf says, written as the plain text the template's text import reads: each paragraph
 * and heading on its own between blank lines, bullet points as "- " lines, a table row as one line with its
 * cells separated. So every format shares one reader of the template ({@link PracticeTextImport}).
 *
 * <p>Footnotes are held until their section ends and then appended to it. The builder also bounds the work:
 * a document longer than the page limit, or one whose reading takes too long, is refused here, whichever
 * reader is filling it.
 */
final class DocumentOutline {

    /** The most pages a document may have; text beyond ~3,500 characters a page counts as more pages. */
    static final int MAX_PAGES = 200;
    static final int MAX_CHARS = MAX_PAGES * 3_500;
    static final Duration MAX_TIME = Duration.ofSeconds(20);

    /** What was read: the text, and the images with the place in the text where each stood. */
    record Outline(String text, List<PlacedImage> images) {
    }

    /** An image and the character offset in the outline's text where it appeared. */
    record PlacedImage(int offset, ImportedImage image) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<String> footnotes = new ArrayList<>();
    private final List<PlacedImage> images = new ArrayList<>();
    private final long deadline;
    private boolean inList;

    DocumentOutline() {
        this(MAX_TIME);
    }

    /** An outline that stops the reading once {@code maxTime} has passed (tests give it a short one). */
    DocumentOutline(Duration maxTime) {
        this.deadline = System.nanoTime() + maxTime.toNanos();
    }

    /** A paragraph, a heading (by style or by look) or a title: one block between blank lines. */
    void paragraph(String paragraph) {
        String line = paragraph.replace('\u00A0', ' ').replaceAll("[ \\x0B\\f]+", " ").strip();
        if (line.isEmpty()) {
            return;
        }
        if (startsBlock(line)) {
            flushFootnotes();
        }
        block(line);
    }

    /** A heading recognised by its style: its numbering ("2.", "2.1") is not part of the template's heading. */
    void heading(String heading) {
        paragraph(heading.strip().replaceFirst("^\\d+(\\.\\d+)*\\.?\\s+(?=\\p{L})", ""));
    }

    /** One point of a bulleted or numbered list; consecutive points stay one list. */
    void bullet(String point) {
        String line = point.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return;
        }
        checkBounds();
        if (!inList) {
            separate();
        }
        text.append("- ").append(line).append('\n');
        inList = true;
    }

    /**
     * A table row as one line of its cells. A row that is a contributor line of the template ("Researcher |
     * name") keeps the tab the text import reads there; other rows separate cells with " | ".
     */
    void row(List<String> cells) {
        List<String> filled = cells.stream().map(c -> c.replaceAll("\\s+", " ").strip()).toList();
        if (filled.stream().allMatch(String::isEmpty)) {
            return;
        }
        boolean footer = TemplateLines.footerKey(filled.getFirst()).isPresent();
        if (footer) {
            flushFootnotes();
        }
        block(footer ? String.join("\t", filled) : String.join(" | ", filled.stream().filter(c -> !c.isEmpty())
                .toList()));
    }

    /** A footnote met in the current section; it is written at the section's end. */
    void footnote(String note) {
        String line = note.replaceAll("\\s+", " ").strip();
        if (!line.isEmpty()) {
            footnotes.add(line);
        }
    }

    /**
     * An image at the current place in the text, taken when it is a photo type within the size limit, not yet
     * taken (a document may show one image twice), and fewer than {@link ImportedImage#MAX_COUNT} were taken.
     */
    void image(String fileName, String contentType, java.util.function.Supplier<byte[]> bytes) {
        if (images.size() >= ImportedImage.MAX_COUNT || contentType.isEmpty()
                || images.stream().anyMatch(i -> i.image().fileName().equals(fileName))) {
            return;
        }
        byte[] data = bytes.get();
        long taken = images.stream().mapToLong(i -> i.image().bytes().length).sum();
        if (data.length > 0 && data.length <= ImportedImage.MAX_BYTES
                && taken + data.length <= ImportedImage.MAX_TOTAL_BYTES) {
            images.add(new PlacedImage(text.length(), new ImportedImage(fileName, contentType, data)));
        }
    }

    /** Refuses the document when its text passed the page limit or its reading took too long. */
    void checkBounds() {
        if (text.length() > MAX_CHARS) {
            throw new UserFacingException("practice.import.error.pages", MAX_PAGES);
        }
        if (System.nanoTime() > deadline) {
            throw new UserFacingException("practice.import.error.too-slow", MAX_TIME.toSeconds());
        }
    }

    Outline finish() {
        flushFootnotes();
        return new Outline(text.toString(), List.copyOf(images));
    }

    private void block(String line) {
        checkBounds();
        separate();
        text.append(line).append('\n');
        inList = false;
    }

    private void separate() {
        if (!text.isEmpty()) {
            text.append('\n');
        }
    }

    private void flushFootnotes() {
        List<String> pending = List.copyOf(footnotes);
        footnotes.clear();
        for (int i = 0; i < pending.size(); i++) {
            block(pending.get(i));
        }
    }

    /** A heading, keyword line or contributor line ends the section before it, and so its footnotes. */
    private static boolean startsBlock(String line) {
        return TemplateLines.isKnownHeading(line) || TemplateLines.footerKey(line).isPresent()
                || TemplateLines.isHeading(line, "website") || TemplateLines.isHeading(line, "contact");
    }
}
