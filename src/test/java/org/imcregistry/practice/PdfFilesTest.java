package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.Test;

/** An attachment is a PDF that PDFBox loads: a text named .pdf, a broken or an encrypted file is refused. */
class PdfFilesTest {

    static byte[] pdf(int pages, boolean encrypted) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfIsAcceptedWithItsPageCount() throws Exception {
        assertThat(PdfFiles.check(pdf(3, false))).isEqualTo(3);
    }

    @Test
    void whatIsNotALoadablePdfIsRefused() throws Exception {
        assertRefused("Just some text in a file named .pdf".getBytes(StandardCharsets.UTF_8),
                "practice.attachment.error.type");
        assertRefused("%PDF-1.7\nthis is not really a pdf\n%%EOF".getBytes(StandardCharsets.UTF_8),
                "practice.attachment.error.broken");
        assertRefused(pdf(1, true), "practice.attachment.error.encrypted");
        assertRefused(new byte[0], "practice.attachment.error.empty");
        byte[] big = java.util.Arrays.copyOf(pdf(1, false), PdfFiles.MAX_BYTES + 1);
        assertRefused(big, "practice.attachment.error.too-big");
    }

    private static void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> PdfFiles.check(file)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
