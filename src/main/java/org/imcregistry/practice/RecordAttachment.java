package org.imcregistry.practice;

/** A PDF attached to a record, without its bytes: its name, what it is, how large, and where to fetch it. */
public record RecordAttachment(long id, long practiceId, int position, String fileName, String description,
        int sizeBytes, int pages, String sha256) {

    /** The attachment's address in this app, from its root ({@code /practice-files/…}). */
    public String path() {
        return RecordFileLinks.attachment(practiceId, id);
    }
}
