package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imcregistry.common.Problem;
import org.imcregistry.municipality.Term;
import org.junit.jupiter.api.Test;

/** A good practice documented as text in the template's format becomes a record with every section in its field. */
class PracticeTextImportTest {

    static final List<Term> THEMES = List.of(
            new Term("MIGRATION_INTEGRATION", "Migration and Integration", "Migrasjon og integrering",
                    "Migracja i integracja", true),
            new Term("LABOUR_MARKET_VET", "Labour Market and VET", "Arbeidsmarked og yrkesopplæring",
                    "Rynek pracy i kształcenie zawodowe", true));

    private final PracticeTextImport reader = new PracticeTextImport(THEMES);

    @Test
    void theSognForAllRecordFillsEverySectionAndItsMetadata() throws IOException {
        String seed = Files.readString(seed003(), StandardCharsets.UTF_8);

        PracticeTextImport.Parsed parsed = reader.parse(seed);
        PracticeContent record = parsed.content();

        assertThat(record.title()).isEqualTo("Sogn for all");
        assertThat(record.place()).isEqualTo("Sogn");
        assertThat(record.region()).isEqualTo("Sogn region");
        assertThat(record.country()).isEqualTo("NO");
        assertThat(record.language()).isEqualTo(RecordLanguage.EN);
        assertThat(record.keywords()).isEqualTo("Migration and Integration; Labour Market and VET");
        assertThat(record.themes()).containsExactlyInAnyOrder("MIGRATION_INTEGRATION", "LABOUR_MARKET_VET");
        assertThat(record.sdgs()).containsExactly(4);

        assertThat(record.section(PracticeSection.INTRODUCTION)).startsWith("Sogn Regional Council is a cooperative "
                + "organisation for seven municipalities.").endsWith("good living conditions.")
                .contains("\n\nThe purpose of the project");
        assertThat(record.section(PracticeSection.MAIN_CHALLENGE)).startsWith("Some of the main challenges")
                .endsWith("sustainable welfare society.");
        assertThat(record.section(PracticeSection.TIMING)).startsWith("On average, Sogn has more refugees")
                .endsWith("consequence of these challenges.");
        assertThat(record.section(PracticeSection.OBJECTIVE)).startsWith("The main goal of the \"Sogn for all\"-project");
        assertThat(record.section(PracticeSection.TARGET_GROUP)).startsWith("The target group for the project");
        assertThat(record.section(PracticeSection.GEOGRAPHICAL_RANGE)).contains("Aurland, Høyanger, Luster");
        assertThat(record.section(PracticeSection.STAKEHOLDERS)).startsWith("The stakeholders and partners are")
                .endsWith("Each municipality has a personal resource for the project.");
        assertThat(record.section(PracticeSection.STRATEGY)).startsWith("Sogn Regional Council represent 7")
                .contains("The regional plan and the project plan Sogn for alle are\n\nThe project plan defines")
                .endsWith("and in the local newspapers.");
        assertThat(record.section(PracticeSection.RESOURCES)).startsWith("The project is funded by the municipalities")
                .endsWith("10% of their total working time.");
        assertThat(record.section(PracticeSection.SDGS)).isEqualTo("The project complies with SDG 4: Quality Education.");
        assertThat(record.section(PracticeSection.INNOVATION)).startsWith("We are working holistically")
                .endsWith("continuous potential for improvement.");
        assertThat(record.section(PracticeSection.EVALUATION)).startsWith("The desired result from the project should be:")
                .contains("\n- new working methods and new forms of cooperation")
                .endsWith("through commitment in the board and the four working groups.");
        assertThat(record.section(PracticeSection.SUCCESS_PARAMETERS)).isEmpty();
        assertThat(record.section(PracticeSection.IMPACT)).startsWith("Effects that should result from the project")
                .contains("- Increased diversity").endsWith("development capacity and collaborative capacity.");
        assertThat(record.section(PracticeSection.IMPEDIMENTS)).startsWith("In our further work")
                .endsWith("- Stronger involvement and commitment from different municipal departments");
        assertThat(record.section(PracticeSection.REPLICABILITY)).startsWith("The Centre of Competence on Rural")
                .endsWith("Learning from others' experiences is however still possible.");
        assertThat(record.section(PracticeSection.CONCLUDING_REMARKS)).isEqualTo("We are working through "
                + "inter-municipal cooperation and interacting with the public, private and voluntary sector.");
        assertThat(record.website()).isEqualTo("https://www.sogn.regionraad.no");
        assertThat(record.contact()).isEqualTo("Karina Nerland\nkarina.nerland@sogndal.kommune.no\nJeanette Walsvik\n"
                + "jeanette.walsvik@sogndal.kommune.no");
        assertThat(record.contributor()).isNull();
        assertThat(record.researcher()).isEqualTo("Shahnaz Amin Haaq");
        assertThat(record.documented()).isEqualTo("October 2021");
        assertThat(record.photoCredits()).isEqualTo("istock.com/chokkiex; istock.com/ljubaphoto");

        // The only thing to check: "Success parameters" held just a dash.
        assertThat(parsed.notes()).extracting(Problem::messageKey).containsExactly("practice.import.empty-section");
        assertThat(record.checked()).isNotNull();
    }

    @Test
    void anUnknownHeadingIsReportedAndItsTextKeptUnderTheSectionBefore() {
        String text = """
                Ås, Viken, Norge

                Felles innkjøp

                Keyword(s):

                Joint procurement

                Introduction

                Kommunene kjøper inn sammen.

                Lessons learned

                Vi lærte mye om avtaler og om hvordan kommunene kan samarbeide.
                """;

        PracticeTextImport.Parsed parsed = reader.parse(text);

        assertThat(parsed.content().country()).isEqualTo("NO");
        assertThat(parsed.content().language()).isEqualTo(RecordLanguage.NB);
        assertThat(parsed.content().section(PracticeSection.INTRODUCTION)).contains("Kommunene kjøper inn sammen.",
                "Lessons learned", "Vi lærte mye om avtaler");
        assertThat(parsed.notes()).anySatisfy(note -> {
            assertThat(note.messageKey()).isEqualTo("practice.import.unknown-heading");
            assertThat(note.arguments()).containsExactly("Lessons learned", 13, "Introduction");
        });
        assertThat(parsed.notes()).anySatisfy(note -> {
            assertThat(note.messageKey()).isEqualTo("practice.import.unknown-keyword");
            assertThat(note.arguments()).containsExactly("Joint procurement");
        });
        assertThat(parsed.notes()).filteredOn(n -> n.messageKey().equals("practice.import.missing-section")).hasSize(16);
    }

    /** The seed lives beside the project in ../shared; a copy ships as demo data. */
    static Path seed003() {
        Path shared = Path.of("../shared/seeds/003_0091448c35bc880f.txt");
        return Files.exists(shared) ? shared : Path.of("src/main/resources/demo/practices/00-sogn-for-all.txt");
    }
}
