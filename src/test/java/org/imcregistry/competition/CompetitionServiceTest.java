package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.Table;
import org.imcregistry.common.table.TableReader;
import org.imcregistry.common.table.TableWriter;
import org.imcregistry.practice.PracticeAwards;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** An edition from entries to labels: conflicts of interest, stage rules, judging, the scoring sheet, blind mode, export. */
@IntegrationTest
@Import({PracticeFixture.class, CompetitionFixture.class})
class CompetitionServiceTest {

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
    ScoringSheet sheet;
    @Autowired
    Shortlists shortlists;
    @Autowired
    CompetitionExport export;
    @Autowired
    PracticeAwards awards;

    @AfterEach
    void signOut() {
        people.anonymous();
    }

    @Test
    void anEditionRunsFromEntriesToLabelledWinnersAndNobodyJudgesTheirOwn() throws Exception {
        long sogndal = fixture.juror("j-sogndal", "Sogndal");
        long krakow = fixture.juror("j-krakow", "Kraków");
        long neutral = fixture.juror("j-neutral", null);
        long wieliczka = fixture.juror("j-wieliczka", "Wieliczka");
        String polish = fixture.publishedIn("pl");
        long edition = fixture.edition("Good practices in IMC", false, Set.of(sogndal, krakow, neutral, wieliczka),
                Map.of("Sogn for all", "Sogn regionråd", polish, "Stowarzyszenie Metropolia Krakowska"));
        EntryRow sogn = entry(edition, "Sogn for all");
        EntryRow poland = entry(edition, polish);

        // conflicts of interest are excluded before anyone is assigned
        jury.assignAutomatically(edition);
        assertThat(jurorsOf(edition, sogn.id())).hasSize(2).doesNotContain(sogndal);
        assertThat(jurorsOf(edition, poland.id())).containsExactlyInAnyOrder(sogndal, neutral);
        assertRefused(() -> jury.assign(sogn.id(), sogndal), "competition.error.conflict.MUNICIPALITY");
        assertRefused(() -> jury.assign(poland.id(), krakow), "competition.error.conflict.MUNICIPALITY");

        // a declared conflict takes the juror off; with nobody left the edition cannot start judging
        people.as("j-neutral");
        jury.declareConflict(assignment(edition, "j-neutral", poland.id()), "I advised this association in 2024.");
        people.as("manager");
        assertThat(jurorsOf(edition, poland.id())).containsExactly(sogndal);
        assertThat(entry(edition, polish).assigned()).as("a declared conflict is not counted as assigned").isEqualTo(1);
        assertRefused(() -> editions.advance(edition, editions.get(edition).version()), "competition.error.unassigned");
        long extra = fixture.juror("j-extra", null);
        jury.setJurors(edition, Set.of(sogndal, krakow, neutral, wieliczka, extra));
        jury.assignAutomatically(edition);
        assertThat(jurorsOf(edition, poland.id())).containsExactlyInAnyOrder(sogndal, extra);
        editions.advance(edition, editions.get(edition).version());
        assertThat(editions.get(edition).stage()).isEqualTo(Stage.JUDGING);

        // judging: scores saved one by one, extremes need a comment, submit needs every criterion
        Edition rules = editions.get(edition);
        people.as("j-sogndal");
        long mine = assignment(edition, "j-sogndal", poland.id());
        long firstCriterion = rules.criteria().getFirst().id();
        assertRefused(() -> judging.save(mine, firstCriterion, 10, " "), "competition.error.comment-extreme");
        assertRefused(() -> judging.save(mine, firstCriterion, 11, "x"), "competition.error.scale");
        judging.save(mine, firstCriterion, 10, "=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThatThrownBy(() -> judging.submit(mine)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).hasSize(5));
        rules.criteria().forEach(c -> judging.save(mine, c.id(), c.id() == firstCriterion ? 10 : 8,
                c.id() == firstCriterion ? "=HYPERLINK(\"http://evil.example\",\"click\")" : null));
        judging.submit(mine);
        assertRefused(() -> judging.save(mine, firstCriterion, 9, null), "competition.error.submitted");
        // jurors see only their own work
        assertThat(judging.queue(edition)).extracting(Judging.QueueItem::assignmentId).containsExactly(mine);
        long someoneElses = assignment(edition, "j-extra", poland.id());
        assertRefused(() -> judging.scores(someoneElses), "competition.error.not-found");
        assertThatThrownBy(() -> shortlists.ranking(edition)).isInstanceOf(AccessDeniedException.class);

        // the scoring sheet: a bad cell refuses the whole upload; the corrected sheet saves every score
        people.as("j-extra");
        byte[] blank = sheet.download(edition);
        Table table = TableReader.read("sheet.xlsx", blank);
        assertThat(table.headers()).contains("applicant");
        byte[] bad = filled(table, rules, "eleven");
        assertThatThrownBy(() -> sheet.upload(edition, "sheet.xlsx", bad)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactly("row 2, score"));
        assertThat(judging.scores(assignment(edition, "j-extra", poland.id()))).isEmpty();
        assertThat(sheet.upload(edition, "sheet.xlsx", filled(table, rules, "7"))).isEqualTo(rules.criteria().size());
        judging.submit(assignment(edition, "j-extra", poland.id()));
        for (long juror : jurorsOf(edition, sogn.id())) {
            people.as(username(juror));
            long a = assignment(edition, username(juror), sogn.id());
            rules.criteria().forEach(c -> judging.save(a, c.id(), 6, null));
            judging.submit(a);
        }

        // shortlist: best of the category by the rule (top 1); an override needs a reason; closing labels records
        people.as("manager");
        editions.advance(edition, editions.get(edition).version());
        List<Shortlists.RankingRow> ranking = shortlists.ranking(edition);
        assertThat(ranking.getFirst().entry().id()).isEqualTo(poland.id());
        assertThat(ranking.getFirst().ranked().finalScore()).isCloseTo((0.2 * 10 + 0.8 * 8 + 7) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> shortlists.override(sogn.id(), true, "")).isInstanceOf(InvalidInputException.class);
        shortlists.override(sogn.id(), true, "The commission wants both countries on the shortlist.");
        shortlists.close(edition, editions.get(edition).version());
        assertThat(awards.of(poland.practiceId())).contains(new PracticeAwards.Award("WINNER", "Good practices in IMC 2026"));
        assertThat(awards.of(sogn.practiceId())).contains(new PracticeAwards.Award("SHORTLISTED",
                "Good practices in IMC 2026"));

        // the export: six sheets, numbers numeric, times as dates, and the juror's formula kept as literal text
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(edition, key -> key, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            var shortlist = workbook.getSheetAt(0);
            assertThat(shortlist.getPaneInformation().isFreezePane()).isTrue();
            assertThat(shortlist.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            var scores = workbook.getSheetAt(2);
            var formulaCell = java.util.stream.StreamSupport.stream(scores.spliterator(), false)
                    .map(r -> r.getCell(4)).filter(c -> c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("=HYPERLINK"))
                    .findFirst().orElseThrow();
            assertThat(formulaCell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaCell.getCellStyle().getDataFormatString()).as("the Text format keeps it text when edited")
                    .isEqualTo("@");
            var audit = workbook.getSheetAt(5);
            assertThat(audit.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(audit.getRow(1).getCell(0))).isTrue();
            assertThat(java.util.stream.StreamSupport.stream(audit.spliterator(), false).map(r -> r.getCell(2)
                    .getStringCellValue()).toList()).contains("CONFLICT", "SCORE", "OVERRIDE", "STAGE", "LABELS");
            var juryRows = java.util.stream.StreamSupport.stream(workbook.getSheetAt(4).spliterator(), false)
                    .map(r -> r.getCell(0).getStringCellValue() + "|" + r.getCell(3)).toList();
            assertThat(juryRows).anyMatch(r -> r.startsWith("Juror j-sogndal|") && r.endsWith("MUNICIPALITY"));
            // the assignments come juror by juror: each juror's rows together, before the excluded pairs
            List<String> listed = java.util.stream.StreamSupport.stream(workbook.getSheetAt(4).spliterator(), false)
                    .skip(1).filter(r -> !r.getCell(2).getStringCellValue().endsWith("EXCLUDED"))
                    .map(r -> r.getCell(0).getStringCellValue()).toList();
            assertThat(listed).hasSize(5);
            List<String> blocks = new ArrayList<>();
            listed.forEach(name -> {
                if (blocks.isEmpty() || !blocks.getLast().equals(name)) {
                    blocks.add(name);
                }
            });
            assertThat(blocks).doesNotHaveDuplicates();
        }
    }

    @Test
    void aBlindEditionHidesTheApplicantFromJurorsAndItsEntriesFromThePublicUntilJudgingEnds() {
        long juror = fixture.juror("j-blind", null);
        long practice = fixture.identifyingSognRecord("Glimmerbrook care");
        long edition = fixture.edition("Blind edition", true, Set.of(juror, fixture.juror("j-blind2", null)),
                Map.of("Glimmerbrook care in Sogn", "Sogn regionråd"));
        jury.assignAutomatically(edition);
        editions.advance(edition, editions.get(edition).version());
        people.as("j-blind");
        Judging.QueueItem item = judging.queue(edition).getFirst();
        assertThat(item.applicant()).isNull();
        assertThat(item.title()).matches("E-\\d{4}");
        EntryForJuror entry = judging.entry(item.assignmentId());
        String everything = entry.title() + " " + String.join(" ", entry.sections().values());
        assertThat(everything).contains("Glimmerbrook care", Redaction.MASK).doesNotContainIgnoringCase("sogn")
                .doesNotContain("Luster", "Lærdal", "Kari", "Nordmann", "@", "57 65", "www.");
        assertThat(entry.applicant()).isNull();
        Table table = TableReader.read("sheet.xlsx", sheet.download(edition));
        assertThat(table.headers()).doesNotContain("applicant");
        assertThat(table.rows()).allSatisfy(row -> assertThat(String.join(" ", row.cells().values().stream()
                .map(String::valueOf).toList())).doesNotContainIgnoringCase("sogn").doesNotContain("Glimmerbrook"));

        // held back from the public registry while judging runs: not in the search, its page not found
        people.anonymous();
        assertThat(search.search(SearchQuery.of("Glimmerbrook")).total()).isZero();
        assertRefused(() -> practices.details(practice), "practice.error.not-found");
        people.as("j-blind");
        assertRefused(() -> practices.details(practice), "practice.error.not-found");
        people.as("manager");
        assertThat(practices.details(practice).content().title()).as("the manager running the edition reads it")
                .isEqualTo("Glimmerbrook care in Sogn");

        // judging ends: the record is public again
        people.as("j-blind2");
        judging.queue(edition).forEach(q -> {
            editions.edition(edition).criteria().forEach(c -> judging.save(q.assignmentId(), c.id(), 6, null));
            judging.submit(q.assignmentId());
        });
        people.as("j-blind");
        editions.edition(edition).criteria().forEach(c -> judging.save(item.assignmentId(), c.id(), 6, null));
        judging.submit(item.assignmentId());
        people.as("manager");
        editions.advance(edition, editions.get(edition).version());
        people.anonymous();
        assertThat(search.search(SearchQuery.of("Glimmerbrook")).hits()).extracting(h -> h.id()).containsExactly(practice);
        assertThat(practices.details(practice).content().title()).isEqualTo("Glimmerbrook care in Sogn");
    }

    @Test
    void onlyThoseWhoJudgeReadAHeldRecordAndAnIneligibleEntryReturnsToThePublic() {
        long practice = fixture.identifyingSognRecord("Pellucid archives");
        long edition = fixture.edition("Blind holds edition", true, Set.of(fixture.juror("j-hold", null),
                fixture.juror("j-hold2", null)), Map.of("Pellucid archives in Sogn", "Sogn regionråd"));
        fixture.juror("j-outsider", null);
        people.as("j-outsider");
        assertRefused(() -> holds.contentForJury(practice), "practice.error.not-found");
        people.as("coordinator");
        long someoneElses = fixture.practice(fixture.publishedIn("pl"));
        assertThatThrownBy(() -> holds.hold(someoneElses, "coordinator's own idea"))
                .isInstanceOf(AccessDeniedException.class);

        people.anonymous();
        assertThat(search.search(SearchQuery.of("Pellucid")).total()).isZero();
        people.as("manager");
        entries.markEligibility(entries.of(edition).getFirst().id(), false, "Implemented less than 6 months ago.");
        people.anonymous();
        assertThat(search.search(SearchQuery.of("Pellucid")).hits()).extracting(h -> h.id()).containsExactly(practice);
    }

    @Autowired
    org.imcregistry.practice.PracticeHolds holds;
    @Autowired
    org.imcregistry.search.PracticeSearch search;
    @Autowired
    org.imcregistry.practice.Practices practices;

    @Test
    void categoriesAndTheChecklistChangeOnlyInTheDraftAndNeedACategory() {
        people.as("manager");
        long id = editions.create("Lists edition", 2026);
        assertThatThrownBy(() -> editions.setCategoriesAndRules(id, editions.get(id).version(), List.of(" ", ""),
                List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> editions.setCategoriesAndRules(id, editions.get(id).version(), List.of("Towns", "Towns"),
                List.of())).isInstanceOf(InvalidInputException.class);
        editions.setCategoriesAndRules(id, editions.get(id).version(), List.of("Rural", "Urban", "Associations"),
                List.of("Running for at least a year"));
        assertThat(editions.get(id).categories()).extracting(c -> c.name().firstText())
                .containsExactly("Rural", "Urban", "Associations");
        assertThat(editions.get(id).rules()).extracting(EditionText::firstText)
                .containsExactly("Running for at least a year");
        editions.advance(id, editions.get(id).version());
        assertRefused(() -> editions.setCategoriesAndRules(id, editions.get(id).version(), List.of("Other"), List.of()),
                "competition.error.settings-locked");
    }

    @Autowired
    Entries entries;

    @Test
    void aCoordinatorEntersTheirOwnPartnershipsPracticeOnly() {
        people.as("manager");
        long id = editions.create("Open edition", 2026);
        editions.advance(id, editions.get(id).version());
        long category = editions.get(id).categories().getFirst().id();
        people.as("coordinator");
        assertThat(editions.openForEntries()).extracting(Edition::id).contains(id);
        long practice = fixture.practice("Sogn for all");
        entries.enterOwn(id, practice, fixture.partnership("Sogn regionråd"), category);
        assertRefused(() -> entries.enterOwn(id, fixture.practice(fixture.publishedIn("pl")),
                fixture.partnership("Stowarzyszenie Metropolia Krakowska"), category),
                "competition.error.not-your-partnership");
        assertThatThrownBy(() -> entries.enter(id, practice, fixture.partnership("Sogn regionråd"), category, null))
                .isInstanceOf(AccessDeniedException.class);
        people.as("manager");
        assertThat(entries.of(id)).extracting(EntryRow::title).containsExactly("Sogn for all");
    }

    @Test
    void aCoordinatorCannotEnterAnotherPartnershipsRecordAsTheirOwnAndAManagerMustSayWhy() {
        people.as("manager");
        long id = editions.create("Ownership edition", 2026);
        editions.advance(id, editions.get(id).version());
        long category = editions.get(id).categories().getFirst().id();
        long sogn = fixture.partnership("Sogn regionråd");
        long sognRecord = fixture.practice("Sogn for all");
        long unowned = fixture.practice(fixture.publishedIn("pl"));
        people.as("coordinator");
        assertRefused(() -> entries.enterOwn(id, unowned, sogn, category), "competition.error.not-your-practice");

        people.as("manager");
        long krakow = fixture.partnership("Stowarzyszenie Metropolia Krakowska");
        assertThatThrownBy(() -> entries.enter(id, sognRecord, krakow, category, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst()
                        .messageKey()).isEqualTo("competition.error.applicant-mismatch"));
        assertThat(entries.of(id)).as("nothing entered without a reason").isEmpty();
        entries.enter(id, sognRecord, sogn, category, null);
        entries.enter(id, unowned, krakow, category, "The association documented it for Kraków.");
        assertThat(entries.of(id)).extracting(EntryRow::applicant).containsExactlyInAnyOrder("Sogn regionråd",
                "Stowarzyszenie Metropolia Krakowska");
    }

    private byte[] filled(Table table, Edition rules, String firstScore) {
        List<List<?>> rows = new ArrayList<>();
        boolean first = true;
        for (Table.Row row : table.rows()) {
            List<Object> values = new ArrayList<>();
            for (String header : table.headers()) {
                values.add(header.equals("score") ? (first ? firstScore : "7") : row.get(header));
            }
            first = false;
            rows.add(values);
        }
        try (TableWriter writer = new TableWriter()) {
            return writer.sheet("Scores", table.headers(), rows).toBytes();
        }
    }

    private EntryRow entry(long edition, String title) {
        return fixture.entries(edition).stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private List<Long> jurorsOf(long edition, long entry) {
        return jdbc.queryForList("select juror_id from competition_assignment where entry_id = ? and status <> 'CONFLICT'",
                Long.class, entry);
    }

    private long assignment(long edition, String username, long entry) {
        return jdbc.queryForObject("select a.id from competition_assignment a join user_account u on u.id = a.juror_id"
                + " where u.username = ? and a.entry_id = ?", Long.class, username, entry);
    }

    private String username(long id) {
        return jdbc.queryForObject("select username from user_account where id = ?", String.class, id);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
