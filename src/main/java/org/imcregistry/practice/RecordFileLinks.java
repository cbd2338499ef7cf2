package org.imcregistry.practice;

import java.util.Locale;

/**
 * Where a record's photos and attachments are served ({@code RecordFilesController}): under the record, so that one
 * access check on the record decides. Not under {@code /good-practices}, whose pages are the same for everyone: a
 * draft's files are here too, for those who may see the draft.
 */
public final class RecordFileLinks {

    public static final String ROOT = "/practice-files";

    private RecordFileLinks() {
    }

    public static String photo(long practiceId, long photoId, RecordPhoto.Size size) {
        return ROOT + "/" + practiceId + "/photos/" + photoId + "/" + size.name().toLowerCase(Locale.ROOT);
    }

    public static String attachment(long practiceId, long attachmentId) {
        return ROOT + "/" + practiceId + "/attachments/" + attachmentId;
    }
}
