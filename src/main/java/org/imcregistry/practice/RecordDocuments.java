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
        RecordDocx docx = new RecordDocx(reader);
        docx.record(entry, false);
        return bytes(docx.document());
    }

    /**
     * The readable ones among {@code ids} (at most {@link #MAX_BOOKLET_RECORDS}, in the order given) as one booklet:
     * a title, a table of contents, then one record after another, each on a new page. Returns how many went in.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int booklet(List<Long> ids, Locale reader, OutputStream out) {
        List<RecordDocx.Entry> entries = new ArrayList<>();
        for (Long id : ids.subList(0, Math.min(ids.size(), MAX_BOOKLET_RECORDS))) {
            entry(id).ifPresent(entries::add);
        }
        RecordDocx docx = new RecordDocx(reader);
        docx.front(MessageBundle.text("practice.document.booklet-title", reader, entries.size()),
                entries.stream().map(e -> Objects.requireNonNullElse(e.content().title(), "")).toList());
        for (RecordDocx.Entry entry : entries) {
            docx.record(entry, true);
        }
        try (XWPFDocument document = docx.document()) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries.size();
    }

    private Optional<RecordDocx.Entry> entry(long id) {
        return practices.findById(id).filter(access::canRead).map(practice -> {
            List<RecordDocx.Photo> photos = new ArrayList<>();
            for (RecordPhoto photo : files.photos(id)) {
                files.photoBytes(id, photo.id(), RecordPhoto.Size.DISPLAY)
                        .ifPresent(stored -> photos.add(new RecordDocx.Photo(photo, stored.bytes())));
            }
            return new RecordDocx.Entry(practice.content(), photos);
        });
    }

    private static byte[] bytes(XWPFDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (document) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
