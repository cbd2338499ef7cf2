package org.imcregistry.practice;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.imcregistry.common.UserFacingException;

/**
 * Checks an uploaded attachment: a PDF by its header, that PDFBox can load within a bounded amount of memory, not
 * encrypted (nothing could be checked inside) and of a sane number of pages. The file is then kept as it came.
 */
final class PdfFiles {

    /** The largest attachment accepted: 10 MB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PAGES = 2_000;
    /** What PDFBox may buffer of decoded streams while loading; a bomb of compressed streams stops here. */
    private static final long MAX_BUFFER = 64L * 1024 * 1024;

    private PdfFiles() {
    }

    /** The number of pages of an acceptable PDF; refused with a message otherwise. */
    static int check(byte[] file) {
        if (file.length == 0) {
            throw new UserFacingException("practice.attachment.error.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new UserFacingException("practice.attachment.error.too-big", MAX_BYTES / (1024 * 1024));
        }
        if (file.length < 5 || !new String(file, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("%PDF-")) {
            throw new UserFacingException("practice.attachment.error.type");
        }
        try (PDDocument document = Loader.loadPDF(file, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_BUFFER).streamCache)) {
            if (document.isEncrypted()) {
                throw new UserFacingException("practice.attachment.error.encrypted");
            }
            int pages = document.getNumberOfPages();
            if (pages < 1 || pages > MAX_PAGES) {
                throw new UserFacingException("practice.attachment.error.pages", MAX_PAGES);
            }
            return pages;
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException locked) {
            throw new UserFacingException("practice.attachment.error.encrypted");
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof UserFacingException refusal) {
                throw refusal;
            }
            throw new UserFacingException("practice.attachment.error.broken");
        }
    }
}
