package org.imcregistry.practice;

import java.util.List;
import java.util.Locale;
import org.imcregistry.common.UserFacingException;

/**
 * Which reader an uploaded document goes to, by its name, after the checks every kind shares: a name the
 * import knows (a macro-enabled .docm is refused by name already), not empty, within the size limit.
 */
final class DocumentFiles {

    /** The largest document accepted; a text document keeps its own smaller limit. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_TEXT_BYTES = 1_000_000;
    static final List<String> EXTENSIONS = List.of(".docx", ".odt", ".pdf", ".txt", ".md");
    private static final List<String> MACRO_EXTENSIONS = List.of(".docm", ".dotm");

    private DocumentFiles() {
    }

    static DocumentOutline.Outline read(String fileName, byte[] file) {
        String name = fileName.toLowerCase(Locale.ROOT).strip();
        if (MACRO_EXTENSIONS.stream().anyMatch(name::endsWith)) {
            throw new UserFacingException("practice.import.error.macros");
        }
        if (EXTENSIONS.stream().noneMatch(name::endsWith)) {
            throw new UserFacingException("practice.import.error.document-type");
        }
        if (file.length == 0) {
            throw new UserFacingException("practice.import.error.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new UserFacingException("upload.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (isOle2(file) && !name.endsWith(".pdf")) {
            // An encrypted Word or OpenDocument file is an OLE2 container around the encrypted package.
            throw new UserFacingException("practice.import.error.encrypted");
        }
        if (name.endsWith(".docx")) {
            return DocxText.read(file);
        }
        if (name.endsWith(".odt")) {
            return OdtText.read(file);
        }
        if (name.endsWith(".pdf")) {
            return PdfText.read(file);
        }
        return new DocumentOutline.Outline(TextFiles.decode(fileName, file, MAX_TEXT_BYTES), List.of());
    }

    private static boolean isOle2(byte[] file) {
        return file.length >= 8 && (file[0] & 0xFF) == 0xD0 && (file[1] & 0xFF) == 0xCF && (file[2] & 0xFF) == 0x11
                && (file[3] & 0xFF) == 0xE0;
    }
}
