package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.PracticeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The export opens in LibreOffice (headless, as .ci/run installs it) without repair: all six sheets convert,
 * with their rows. (That a formula-like text stays text is checked cell by cell in CompetitionServiceTest.)
 */
@IntegrationTest
@Import(PracticeFixture.class)
class ExportInLibreOfficeIT {

    @Autowired
    PracticeFixture people;
    @Autowired
    Editions editions;
    @Autowired
    CompetitionExport export;

    @Test
    void everySheetOpensInLibreOfficeAndFormulasStayText(@TempDir Path dir) throws Exception {
        people.as("manager");
        long demo = editions.all().stream().filter(e -> e.name().equals("IMC good practices")).findFirst()
                .orElseThrow().id();
        Path xlsx = dir.resolve("edition.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            export.write(demo, key -> key.replace("competition.export.sheet.", ""), out);
        }

        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", dir.resolve("csv").toString(), xlsx.toString()).redirectErrorStream(true).start();
        String output = new String(soffice.getInputStream().readAllBytes());
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(soffice.exitValue()).as(output).isZero();

        List<String> sheets;
        try (Stream<Path> files = Files.list(dir.resolve("csv"))) {
            sheets = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(sheets).containsExactly("edition-audit.csv", "edition-criteria.csv", "edition-jury.csv",
                "edition-ranking.csv", "edition-scores.csv", "edition-shortlist.csv");
        assertThat(Files.readAllLines(dir.resolve("csv/edition-scores.csv")))
                .hasSizeGreaterThan(1).first().asString().startsWith("competition.export.entry");
        assertThat(Files.readString(dir.resolve("csv/edition-audit.csv"))).contains("STAGE", "ASSIGNED");
    }
}
