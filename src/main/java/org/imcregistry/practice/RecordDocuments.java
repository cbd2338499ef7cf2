package org.imcregistry.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.imcregistry.common.MessageBundle;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record, or a whole search result, as a Word document to print or to put into a brochure ({@link RecordDocx}).
 * Only what the person may read goes in: a record they may not read (a draft of someone else's, one held back for a
 * blind jury) is left out of a booklet as if it were not in the result, and refused alone like a missing one.
 */
@Service
public class RecordDocuments {

    /** The most records a booklet holds: beyond that a search is too wide to print, and the file too large to mail. */
    public static final int MAX_BOOKLET_RECORDS = 200;
    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PracticeRepository practices;
    private final PracticeAccess access;
    private final RecordFileStore files;

    RecordDocuments(PracticeRepository practices, PracticeAccess access, RecordFileStore files) {
        this.practices = practices;
        this.access = access;
        this.files = files;
    }

    /** One record the person may read, as a .docx in the reader's language; refused like a missing one otherwise. */
    // Anyone may ask; PracticeAccess decides per record, as for the record's page.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public byte[] record(long id, Locale reader) {
        RecordDocx.Entry entry = entry(id).orElseThrow(PracticeAccess::notFound);
        RecordDocx docx = new RecordDocx(reader, this::photoBytes, RecordPhoto.Size.DISPLAY);
        docx.record(entry, false);
        return bytes(docx.document());
    }

    /**
     * The readable ones among {@code ids} (at most {@link #MAX_BOOKLET_RECORDS}, in the order given) as one booklet:
     * a title, a table of contents, then one record after another, each on a new page, its lead photo at display size and
     * the others as thumbnails. Returns how many went in.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int booklet(List<Long> ids, Locale reader, OutputStream out) {
        List<RecordDocx.Entry> entries = new ArrayList<>();
        for (Long id : ids.subList(0, Math.min(ids.size(), MAX_BOOKLET_RECORDS))) {
            entry(id).ifPresent(entries::add);
        }
        RecordDocx docx = new RecordDocx(reader, this::photoBytes, RecordPhoto.Size.THUMBNAIL);
        docx.front(MessageBundle.text("practice.document.booklet-title", reader, entries.size()),
                entries.stream().map(e -> Objects.requireNonNullElse(e.content().title(), "")).toList());
        for (RecordDocx.Entry entry : entries) {
            docx.record(entry, true);
        }
        write(docx.document(), out);
        return entries.size();
    }

    private Optional<RecordDocx.Entry> entry(long id) {
        return practices.findById(id).filter(access::canRead)
                .map(practice -> new RecordDocx.Entry(practice.content(), files.photos(id)));
    }

    private byte[] photoBytes(RecordPhoto photo, RecordPhoto.Size size) {
        // Within the same transaction as the list of photos: a photo listed is there.
        return files.photoBytes(photo.practiceId(), photo.id(), size).orElseThrow().bytes();
    }

    private static byte[] bytes(XWPFDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }

    /**
     * Writes the document and lets it go without closing it: a new document's package lives in memory, and closing
     * it would save the whole package a second time into a buffer nobody reads (twice the time, twice the heap).
     */
    static void write(XWPFDocument document, OutputStream out) {
        try {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            document.getPackage().revert();
        }
    }
}
