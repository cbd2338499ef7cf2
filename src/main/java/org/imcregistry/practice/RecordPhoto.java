package org.imcregistry.practice;

/**
 * A photo of a record, without its bytes: its text alternative (what a screen reader says instead), its credit, and
 * where to fetch it. {@code width}×{@code height} is the display size; the first photo ({@code position} 0) leads.
 */
public record RecordPhoto(long id, long practiceId, int position, String alternativeText, String credit,
        String contentType, int width, int height, String displaySha256) {

    /** The sizes the server keeps of a photo. */
    public enum Size {
        DISPLAY, THUMBNAIL
    }

    /** The photo's address in this app, from its root ({@code /practice-files/…}); see {@link RecordFileLinks}. */
    public String path(Size size) {
        return RecordFileLinks.photo(practiceId, id, size);
    }
}
