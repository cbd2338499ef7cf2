package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's attachments: at most five PDFs of at most 10 MB each, checked by loading them ({@link PdfFiles}), each
 * with a short description. Who may do what is as for the record's photos.
 */
@Service
public class RecordAttachments {

    public static final int MAX_ATTACHMENTS = 5;
    public static final int MAX_BYTES = PdfFiles.MAX_BYTES;
    static final int DESCRIPTION_MAX = 500;

    private final RecordFileAccess records;
    private final RecordFileStore store;

    RecordAttachments(RecordFileAccess records, RecordFileStore store) {
        this.records = records;
        this.store = store;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long add(long practiceId, String fileName, byte[] bytes, String description) {
        List<Problem> problems = new ArrayList<>();
        String text = Text.required(description, "description", DESCRIPTION_MAX, problems);
        String name = Text.required(fileName == null ? null : fileName.replaceAll("[\\\\/]", "_"), "fileName", 200,
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Practice practice = records.editable(practiceId);
        if (store.attachments(practiceId).size() >= MAX_ATTACHMENTS) {
            throw new UserFacingException("practice.attachment.error.too-many", MAX_ATTACHMENTS);
        }
        int pages = PdfFiles.check(bytes);
        long id = store.addAttachment(practiceId, Objects.requireNonNull(name, "checked"),
                Objects.requireNonNull(text, "checked"), bytes, pages, records.actor(), records.now());
        records.changed(practice, "attachments");
        return id;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void describe(long attachmentId, String description) {
        List<Problem> problems = new ArrayList<>();
        String text = Text.required(description, "description", DESCRIPTION_MAX, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Practice practice = records.editable(store.practiceOfAttachment(attachmentId)
                .orElseThrow(PracticeAccess::notFound));
        store.describeAttachment(attachmentId, Objects.requireNonNull(text, "checked"));
        records.changed(practice, "attachments");
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(long attachmentId) {
        Practice practice = records.editable(store.practiceOfAttachment(attachmentId)
                .orElseThrow(PracticeAccess::notFound));
        store.removeAttachment(attachmentId);
        records.changed(practice, "attachments");
    }

    // Anyone may ask; PracticeAccess decides per record, as for the record itself.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RecordAttachment> of(long practiceId) {
        records.readable(practiceId);
        return store.attachments(practiceId);
    }

    /** The attachments of a public record (published, not held); none for any other record. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RecordAttachment> ofPublic(long practiceId) {
        return records.publicRecord(practiceId) ? store.attachments(practiceId) : List.of();
    }
}
