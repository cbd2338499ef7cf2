package org.imcregistry.practice;

import java.util.List;
import org.imcregistry.common.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's photos: at most ten, each a JPEG, PNG or WebP of at most 5 MB, checked by decoding it and kept only as
 * the server re-encoded it ({@link PhotoImages}), each with a text alternative and a credit. Whoever may edit the
 * record adds, describes and removes them; whoever may read it sees them. {@link #add} is also the way in for photos
 * found in an imported document.
 */
@Service
public class RecordPhotos {

    public static final int MAX_PHOTOS = 10;
    public static final int MAX_BYTES = PhotoImages.MAX_BYTES;
    static final int ALTERNATIVE_TEXT_MAX = 500;
    static final int CREDIT_MAX = 300;

    private final RecordFileAccess records;
    private final RecordFileStore store;

    RecordPhotos(RecordFileAccess records, RecordFileStore store) {
        this.records = records;
        this.store = store;
    }

    /**
     * Adds a photo to the end of the record's photos, from the bytes of an uploaded file or of an image found in a
     * document; refused with a message (and nothing stored) when the record is not the person's to edit, it has ten
     * photos already, the texts are missing, or the bytes are not a decodable JPEG, PNG or WebP of at most 5 MB.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long add(long practiceId, String fileName, byte[] bytes, String alternativeText, String credit) {
        String[] texts = RecordFileAccess.described(alternativeText, credit, "alternativeText", ALTERNATIVE_TEXT_MAX,
                "credit", CREDIT_MAX);
        Practice practice = records.editable(practiceId);
        if (store.photos(practiceId).size() >= MAX_PHOTOS) {
            throw new UserFacingException("practice.photo.error.too-many", MAX_PHOTOS);
        }
        PhotoImages.Processed photo = PhotoImages.process(bytes);
        long id = store.addPhoto(practiceId, photo, texts[0], texts[1], records.actor(), records.now());
        records.changed(practice, "photos");
        return id;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void describe(long photoId, String alternativeText, String credit) {
        String[] texts = RecordFileAccess.described(alternativeText, credit, "alternativeText", ALTERNATIVE_TEXT_MAX,
                "credit", CREDIT_MAX);
        Practice practice = records.editable(store.practiceOfPhoto(photoId).orElseThrow(PracticeAccess::notFound));
        store.describePhoto(photoId, texts[0], texts[1]);
        records.changed(practice, "photos");
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(long photoId) {
        Practice practice = records.editable(store.practiceOfPhoto(photoId).orElseThrow(PracticeAccess::notFound));
        store.removePhoto(photoId);
        records.changed(practice, "photos");
    }

    /** The photos of a record its reader may read, the lead photo first. */
    // Anyone may ask; PracticeAccess decides per record, as for the record itself.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RecordPhoto> of(long practiceId) {
        records.readable(practiceId);
        return store.photos(practiceId);
    }

    /** The photos of a public record (published, not held), the same for everyone; none for any other record. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RecordPhoto> ofPublic(long practiceId) {
        return records.publicRecord(practiceId) ? store.photos(practiceId) : List.of();
    }
}
