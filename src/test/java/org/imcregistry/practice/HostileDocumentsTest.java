package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken documents of every kind are refused with the message that says why, before anything is
 * stored: macros, encryption, damage, zip bombs, XML entity tricks, too many pages, too large.
 */
class HostileDocumentsTest {

    private static final String TEXT = """
            Sogn, Sogn region, Norway

            Sogn for all

            Introduction

            The council works for seven municipalities.
            """;

    @Test
    void macroEnabledWordDocumentsAreRefused() throws IOException {
        byte[] docx = DocxDocuments.of(TEXT, true);
        refused("sogn.docm", docx, "practice.import.error.macros");
        refused("sogn.docx", withEntry(docx, "word/vbaProject.bin", new byte[] {1, 2, 3}), "practice.import.error.macros");
        refused("sogn.docx", replaced(docx, "[Content_Types].xml", s -> s.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml")), "practice.import.error.macros");
    }

    @Test
    void macrosInAnOpenDocumentAreRefused() throws IOException {
        refused("sogn.odt", OdtDocuments.zip(Map.of("content.xml", OdtDocuments.content("<text:p>x</text:p>"),
                "Basic/Standard/Module1.xml", "<script/>")), "practice.import.error.macros");
    }

    @Test
    void encryptedDocumentsAreRefused() throws Exception {
        refused("sogn.docx", encryptedDocx(DocxDocuments.of(TEXT, true)), "practice.import.error.encrypted");
        refused("sogn.odt", OdtDocuments.zip(Map.of("content.xml", "encrypted bytes", "META-INF/manifest.xml",
                "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                        + "</manifest:file-entry></manifest:manifest>")), "practice.import.error.encrypted");
        refused("sogn.pdf", encryptedPdf(), "practice.import.error.encrypted");
    }

    @Test
    void brokenFilesAreRefused() throws IOException {
        byte[] docx = DocxDocuments.of(TEXT, true);
        refused("sogn.docx", Arrays.copyOf(docx, docx.length / 2), "practice.import.error.broken");
        refused("sogn.docx", "not a document".getBytes(StandardCharsets.UTF_8), "practice.import.error.broken");
        refused("sogn.odt", OdtDocuments.zip(Map.of("content.xml", "<office:document-content><text:p>")),
                "practice.import.error.broken");
        refused("sogn.odt", OdtDocuments.zip(Map.of("mimetype", "application/zip", "content.xml",
                OdtDocuments.content(""))), "practice.import.error.broken");
        refused("sogn.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII),
                "practice.import.error.broken");
        refused("sogn.pdf", "GIF89a".getBytes(StandardCharsets.US_ASCII), "practice.import.error.broken");
        refused("sogn.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "practice.import.error.document-type");
        refused("sogn.docx", new byte[0], "practice.import.error.empty");
    }

    @Test
    void zipBombsAreRefusedWhileUnpacking() throws IOException {
        byte[] docx = DocxDocuments.of(TEXT, true);
        byte[] zeros = new byte[60 * 1024 * 1024];
        refused("bomb.docx", withEntry(docx, "word/media/zeros.bin", zeros), "practice.import.error.zip-bomb");
        refused("bomb.odt", OdtDocuments.zipBytes(Map.of("content.xml", OdtDocuments.content("").getBytes(
                StandardCharsets.UTF_8), "Pictures/zeros.png", zeros)), "practice.import.error.zip-bomb");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < DocumentZip.MAX_ENTRIES + 1; i++) {
            many.put("Pictures/" + i + ".txt", new byte[] {1});
        }
        many.put("content.xml", OdtDocuments.content("").getBytes(StandardCharsets.UTF_8));
        refused("many.odt", OdtDocuments.zipBytes(many), "practice.import.error.zip-bomb");
    }

    @Test
    void xmlEntityTricksAreRefused() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                + "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>";
        refused("sogn.docx", replaced(DocxDocuments.of(TEXT, true), "word/document.xml",
                s -> laughs + s.substring(s.indexOf("?>") + 2)), "practice.import.error.entities");
        refused("sogn.odt", OdtDocuments.zip(Map.of("content.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe "
                + "SYSTEM \"file:///etc/passwd\">]>" + OdtDocuments.content("<text:p>&xxe;</text:p>")
                .substring(38))), "practice.import.error.entities");
        // A DTD hidden behind a long comment passes the quick look at the head; the parser itself knows no DTD.
        String padded = "<?xml version=\"1.0\"?><!--" + " ".repeat(5_000) + "--><!DOCTYPE x [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>" + OdtDocuments.content("<text:p>&xxe;</text:p>").substring(38);
        refused("hidden.odt", OdtDocuments.zip(Map.of("content.xml", padded)), "practice.import.error.entities");
        refused("hidden.docx", replaced(DocxDocuments.of(TEXT, true), "word/document.xml", s -> "<?xml version=\"1.0\"?>"
                + "<!--" + " ".repeat(5_000) + "--><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + s.substring(s.indexOf("?>") + 2)), "practice.import.error.broken");
    }

    @Test
    void documentsOverThePageOrSizeLimitAreRefused() throws IOException {
        refused("long.docx", replaced(DocxDocuments.of(TEXT, true), "docProps/app.xml",
                s -> s.replaceAll("<Pages>\\d*</Pages>", "").replace("</Properties>", "<Pages>500</Pages></Properties>")),
                "practice.import.error.pages");
        refused("long.odt", OdtDocuments.zip(Map.of("content.xml", OdtDocuments.content("<text:p>x</text:p>"),
                "meta.xml", "<office:document-meta><meta:document-statistic meta:page-count=\"201\"/>"
                        + "</office:document-meta>")), "practice.import.error.pages");
        StringBuilder long_ = new StringBuilder(TEXT);
        java.util.Random words = new java.util.Random(16);
        while (long_.length() < DocumentOutline.MAX_CHARS + 10_000) {
            long_.append('\n').append(BenchText.paragraph(words)).append('\n');
        }
        refused("long.docx", DocxDocuments.of(long_.toString(), true), "practice.import.error.pages");
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i <= DocumentOutline.MAX_PAGES; i++) {
                pdf.addPage(new PDPage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            refused("long.pdf", out.toByteArray(), "practice.import.error.pages");
        }
        refused("big.pdf", new byte[DocumentFiles.MAX_BYTES + 1], "upload.error.too-large");
    }

    @Test
    void aReadingThatTakesTooLongIsStoppedAtTheNextParagraph() {
        DocumentOutline outline = new DocumentOutline(java.time.Duration.ofSeconds(-1));
        assertThatThrownBy(() -> outline.paragraph("Introduction")).isInstanceOfSatisfying(UserFacingException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo("practice.import.error.too-slow"));
        DocumentOutline roomy = new DocumentOutline();
        roomy.paragraph("Introduction");
        org.assertj.core.api.Assertions.assertThat(roomy.finish().text()).isEqualTo("Introduction\n");
    }

    private static void refused(String name, byte[] file, String messageKey) {
        assertThatThrownBy(() -> DocumentFiles.read(name, file)).as(name + " → " + messageKey)
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, content);
        return rezip(entries);
    }

    static byte[] replaced(byte[] zip, String name, java.util.function.UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, change.apply(new String(entries.getOrDefault(name, new byte[0]), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        return rezip(entries);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] rezip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] encryptedDocx(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
