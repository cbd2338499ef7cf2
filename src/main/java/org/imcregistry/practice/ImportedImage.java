package org.imcregistry.practice;

/**
 * An image found in an imported document, offered as one of the record's photos: the author keeps or drops
 * it, and a kept one is stored (checked, scaled, stripped of its metadata) by the record's photo storage.
 */
public record ImportedImage(String fileName, String contentType, byte[] bytes) {

    /**
     * The most images taken from one document (a brochure has photos for several records), the largest taken
     * (a record's photo may have 5 MB), and the most taken in all, so that a document's photos stay small in memory.
     */
    public static final int MAX_COUNT = 20;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_TOTAL_BYTES = 32 * 1024 * 1024;

    /** The image types a record's photo may have; others (drawings, EMF, TIFF) are not offered. */
    static String contentTypeOf(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return name.endsWith(".webp") ? "image/webp" : "";
    }

    @Override
    public String toString() {
        return "ImportedImage[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
