package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.practice.PracticeFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An edition's criteria, eligibility rules and categories read in each person's language, falling back to the
 * edition's first one; the export says them, and its tie-break notes, in the exporting person's language.
 */
@IntegrationTest
@Import({PracticeFixture.class, CompetitionFixture.class})
class EditionLanguagesTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Locale PL = Locale.forLanguageTag("pl");

    @Autowired
    PracticeFixture people;
    @Autowired
    CompetitionFixture fixture;
    @Autowired
    Editions editions;
    @Autowired
    Jury jury;
    @Autowired
    Judging judging;
    @Autowired
    CompetitionExport export;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    @Test
    void aNewEditionsDefaultsReadInEveryLanguageAndItsFirstLanguageIsTheManagers() {
        people.as("manager");
        long id = editions.create("Nordisk utgave", 2026, NB);
        Edition edition = editions.get(id);
        assertThat(editions.firstLanguage(id)).isEqualTo("nb");
        assertThat(edition.criteria()).extracting(c -> c.name().in(Locale.ENGLISH)).startsWith("Relevance");
        assertThat(edition.criteria()).extracting(c -> c.name().in(NB)).startsWith("Relevans", "Innovasjon");
        assertThat(edition.criteria()).extracting(c -> c.name().in(PL)).startsWith("Trafność");
        assertThat(edition.rules()).extracting(r -> r.in(NB)).contains("Omfatter minst to kommuner");
        assertThat(edition.categories()).extracting(c -> c.name().in(PL)).containsExactly("Małe samorządy",
                "Duże samorządy");
        assertThat(edition.criteria()).extracting(Edition.Criterion::weight).containsExactly(20.0, 20.0, 15.0, 20.0,
                15.0, 10.0);
    }

    @Test
    void theManagerEditsEachLanguageAndAMissingOneReadsTheFirst() {
        people.as("manager");
        long id = editions.create("Edycja", 2026, PL);
        Edition edition = editions.get(id);
        Edition.Criterion relevance = edition.criteria().getFirst();
        var categories = EditionTextLines.parse("categories", "pl", Map.of("pl", "Gminy wiejskie\nMiasta",
                "en", "Rural municipalities\nTowns", "nb", "Landkommuner"), 200);
        var rules = EditionTextLines.parse("rules", "pl", Map.of("pl", "Działa od roku", "en", "", "nb", ""), 500);
        var criterion = EditionTextLines.parse("criteria", "pl", Map.of("pl", "Znaczenie", "en", "Importance",
                "nb", ""), 200).getFirst();
        editions.setTexts(id, edition.version(), new Editions.Texts(Map.of(relevance.id(), criterion), categories,
                rules));

        Edition changed = editions.get(id);
        assertThat(changed.categories()).extracting(c -> c.name().in(NB)).containsExactly("Landkommuner", "Miasta");
        assertThat(changed.categories()).extracting(c -> c.name().in(Locale.ENGLISH))
                .containsExactly("Rural municipalities", "Towns");
        assertThat(changed.rules()).extracting(r -> r.in(Locale.ENGLISH)).containsExactly("Działa od roku");
        assertThat(changed.criteria().getFirst().name().in(Locale.ENGLISH)).isEqualTo("Importance");
        assertThat(changed.criteria().getFirst().name().in(NB)).isEqualTo("Znaczenie");
        assertThat(changed.criteria().get(1).name().in(NB)).as("the other criteria keep their names")
                .isEqualTo("Innovasjon");

        // a line in another language without its line in the first is refused, and nothing changes
        assertThatThrownBy(() -> EditionTextLines.parse("categories", "pl", Map.of("pl", "Gminy", "en", "A\nB"), 200))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst()
                        .messageKey()).isEqualTo("competition.error.texts-more-lines"));
        assertThatThrownBy(() -> EditionTextLines.parse("categories", "pl", Map.of("pl", "Gminy\n\nMiasta"), 200))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theExportSpeaksTheExportersLanguageWithTieBreaksInWordsAndTheirZone() throws Exception {
        long first = fixture.juror("j-lang1", null);
        long second = fixture.juror("j-lang2", null);
        long edition = fixture.edition("Tied edition", false, Set.of(first, second),
                Map.of("Sogn for all", "Sogn regionråd", fixture.publishedIn("pl"),
                        "Stowarzyszenie Metropolia Krakowska"));
        // submitted a second apart (the test's clock stands still), so that the earlier submission decides
        List<EntryRow> entries = fixture.entries(edition);
        jdbc.update("update competition_entry set submitted_at = ? where id = ?",
                Timestamp.from(Instant.parse("2026-12-01T17:31:44.226382Z")), entries.get(0).id());
        jdbc.update("update competition_entry set submitted_at = ? where id = ?",
                Timestamp.from(Instant.parse("2026-12-01T17:31:45.237488Z")), entries.get(1).id());
        jury.assignAutomatically(edition);
        editions.advance(edition, editions.get(edition).version());
        for (String juror : List.of("j-lang1", "j-lang2")) {
            people.as(juror);
            for (Judging.QueueItem item : judging.queue(edition)) {
                for (Edition.Criterion criterion : editions.get(edition).criteria()) {
                    judging.save(item.assignmentId(), criterion.id(), 7, null);
                }
                judging.submit(item.assignmentId());
            }
        }
        people.as("manager");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(edition, PL, ZoneId.of("Europe/Warsaw"), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo(MessageBundle.text("competition.export.sheet.shortlist", PL))
                    .isNotEqualTo(MessageBundle.text("competition.export.sheet.shortlist", Locale.ENGLISH));
            List<String> notes = column(workbook, 1, 5);
            assertThat(notes).hasSize(2).containsOnly("Zgłoszone wcześniej: 1 gru 2026, 18:31:44 przed 18:31:45");
            assertThat(column(workbook, 3, 0)).contains("Trafność", "Innowacyjność");
            assertThat(column(workbook, 1, 3)).containsOnly("Małe samorządy");
            // the Jury sheet says how far each juror is in the reader's words, not in the database's codes
            assertThat(column(workbook, 4, 2)).isNotEmpty().containsOnly("Oceny przesłane");
        }
    }

    private static List<String> column(XSSFWorkbook workbook, int sheet, int cell) {
        return StreamSupport.stream(workbook.getSheetAt(sheet).spliterator(), false).skip(1)
                .map((Row r) -> r.getCell(cell).getStringCellValue()).toList();
    }
}
