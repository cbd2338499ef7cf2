package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents written by LibreOffice itself, not by our test builders: the seed as an HTML fixture, converted
 * headless to .docx and .odt, imports as the seed's text does. Skipped where LibreOffice is not installed
 * (CI installs it: libreoffice-writer-nogui).
 */
class LibreOfficeDocumentsTest {

    private final PracticeTextImport reader = new PracticeTextImport(PracticeTextImportTest.THEMES);

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void aDocumentSavedByLibreOfficeImportsAsTheTextDoes(String kind) throws Exception {
        Path converted = convert(Path.of("src/test/resources/practice/sogn-for-all.html"), kind);

        PracticeTextImport.Parsed imported = reader.parse(DocumentFiles.read("sogn." + kind,
                Files.readAllBytes(converted)).text());
        PracticeTextImport.Parsed expected = reader.parse(DocumentImportTest.seed());

        for (PracticeSection section : PracticeSection.values()) {
            assertThat(imported.content().section(section)).as(section.heading())
                    .isEqualTo(expected.content().section(section));
        }
        assertThat(imported.content()).isEqualTo(expected.content());
        assertThat(imported.notes()).isEqualTo(expected.notes());
    }

    private Path convert(Path fixture, String kind) throws IOException, InterruptedException {
        String soffice = System.getenv().getOrDefault("SOFFICE", "soffice");
        assumeTrue(onPath(soffice), "LibreOffice (soffice) is not installed");
        String filter = kind.equals("docx") ? "docx:MS Word 2007 XML" : "odt:writer8";
        // An own profile, so that a LibreOffice already running for someone else does not take the job.
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", work.toString(),
                fixture.toAbsolutePath().toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path converted = work.resolve("sogn-for-all." + kind);
        assertThat(converted).as(Files.readString(work.resolve("soffice.log"))).exists();
        return converted;
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v '" + command + "'").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
