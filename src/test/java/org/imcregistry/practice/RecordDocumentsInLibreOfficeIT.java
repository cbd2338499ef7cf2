package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imcregistry.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The exported record and booklet open in LibreOffice (headless, as .ci/run installs it) without repair: the record
 * converts to text with its sections and credits, the booklet to a PDF with its contents and one record a page.
 * Skipped where no soffice is installed.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class RecordDocumentsInLibreOfficeIT {

    @Autowired
    PracticeFixture people;
    @Autowired
    Practices practices;
    @Autowired
    RecordPhotos photos;
    @Autowired
    RecordDocuments documents;

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    @Test
    void theRecordAndTheBookletOpenInLibreOffice(@TempDir Path dir) throws Exception {
        assumeTrue(sofficeInstalled(), "LibreOffice (soffice) is not installed");
        long first = people.published(RecordDocumentsTest.sogn("Sogn for all"));
        photos.add(first, "lead.jpg", TestImages.jpeg(900, 600), "People at work", "Kari Nordmann");
        long second = people.published(RecordDocumentsTest.sogn("Second practice"));
        people.anonymous();
        Path record = dir.resolve("record.docx");
        Files.write(record, documents.record(first, Locale.ENGLISH));
        Path booklet = dir.resolve("booklet.docx");
        try (OutputStream out = Files.newOutputStream(booklet)) {
            documents.booklet(List.of(first, second), Locale.ENGLISH, out);
        }

        convert(dir, record, "txt:Text (encoded):UTF8");
        String text = Files.readString(dir.resolve("out/record.txt"));
        assertThat(text).contains("Sogn, Sogn region, Norway", "Sogn for all", "Keywords: Migration and Integration",
                "Introduction", "Sogn Regional Council is a cooperative organisation.", "Concluding remarks",
                "Researcher / interviewer: Shahnaz Amin Haaq", "People at work — Photo: Kari Nordmann");

        convert(dir, booklet, "pdf");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/booklet.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).as("the front, then one record a page at least").isGreaterThanOrEqualTo(3);
            String pages = new PDFTextStripper().getText(pdf);
            assertThat(pages).contains("Good practices: 2 records", "Contents", "Sogn for all", "Second practice",
                    "Main challenge");
        }
    }

    private static void convert(Path dir, Path file, String format) throws Exception {
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", format, "--outdir", dir.resolve("out").toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(soffice.getInputStream().readAllBytes());
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(soffice.exitValue()).as(output).isZero();
    }

    private static boolean sofficeInstalled() {
        try {
            return new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start()
                    .waitFor(60, TimeUnit.SECONDS);
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
