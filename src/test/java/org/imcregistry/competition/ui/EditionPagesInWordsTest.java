package org.imcregistry.competition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.competition.CompetitionFixture;
import org.imcregistry.competition.Edition;
import org.imcregistry.competition.EntryRow;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.Judging;
import org.imcregistry.competition.Jury;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The edition's pages in the reader's language: tie-breaks in words on the manager's ranking, the criteria in
 * Norwegian on a juror's scoring page, each language's texts edited by the manager, and long names readable.
 */
@IntegrationTest
@Import({PracticeFixture.class, CompetitionFixture.class})
class EditionPagesInWordsTest extends BrowserlessTestSupport {

    private static final Locale NB = Locale.forLanguageTag("nb");

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
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        people.anonymous();
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theManagersRankingSaysInNorwegianWhichRuleBrokeTheTie() {
        long edition = tiedEdition("w1", "w2");
        inNorwegian();
        people.as("manager");
        UI.getCurrent().navigate(EditionView.class, new RouteParameters("id", String.valueOf(edition)));
        List<String> cells = cells();
        assertThat(cells).filteredOn(c -> c.startsWith("Levert tidligere")).hasSize(2)
                .containsOnly("Levert tidligere: 1. des. 2026 kl. 17:31:44 før 17:31:45");
        assertThat(cells).noneMatch(c -> c.contains("EARLIER_SUBMISSION") || c.contains("T") && c.contains("Z"));
    }

    @Test
    void longNamesWrapInTheirCellsAndAreWholeInATooltip() {
        long edition = tiedEdition("w3", "w4");
        people.as("manager");
        UI.getCurrent().navigate(EditionView.class, new RouteParameters("id", String.valueOf(edition)));
        @SuppressWarnings("unchecked")
        Grid<EntryRow> entries = $(Grid.class).first();
        assertThat(entries.getThemeNames()).contains("wrap-cell-content");
        EntryRow row = entries.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(entries.getColumns().getFirst().getTooltipGenerator().apply(row)).isEqualTo(row.title());
        assertThat(entries.getColumns().get(1).getTooltipGenerator().apply(row)).isEqualTo(row.applicant());
    }

    @Test
    void aJurorScoresInNorwegianTheCriteriaNamedInNorwegian() {
        long edition = tiedEdition("w5", "w6", false);
        inNorwegian();
        people.as("w5");
        UI.getCurrent().navigate(JudgeView.class, new RouteParameters("id", String.valueOf(edition)));
        List<String> headings = $(H3.class).all().stream().map(H3::getText).toList();
        assertThat(headings).contains("Relevans", "Innovasjon", "Bærekraft").doesNotContain("Relevance");
    }

    @Test
    void theManagerWritesACriterionsNameInEachLanguage() {
        people.as("manager");
        long id = editions.create("Texts form edition", 2026);
        UI.getCurrent().navigate(EditionView.class, new RouteParameters("id", String.valueOf(id)));
        TextField polish = $(TextField.class, column("pl")).first();
        assertThat(polish.getValue()).isEqualTo("Trafność");
        test(polish).setValue("Istotność");
        test($(TextField.class, column("nb")).first()).setValue("");
        test($(Button.class, $(EditionTextsForm.class).first()).withText(text("common.save")).first()).click();
        Edition.Criterion first = editions.get(id).criteria().getFirst();
        assertThat(first.name().in(Locale.forLanguageTag("pl"))).isEqualTo("Istotność");
        assertThat(first.name().in(NB)).as("a language left empty reads the edition's first").isEqualTo("Relevance");
    }

    private Div column(String language) {
        return $(Div.class).all().stream().filter(d -> language.equals(d.getElement().getAttribute("lang")))
                .findFirst().orElseThrow();
    }

    private long tiedEdition(String juror1, String juror2) {
        return tiedEdition(juror1, juror2, true);
    }

    /** Two entries every juror scores 7 on every criterion: the same final score, median and top scores. */
    private long tiedEdition(String juror1, String juror2, boolean scored) {
        long first = fixture.juror(juror1, null);
        long second = fixture.juror(juror2, null);
        long edition = fixture.edition("Tie " + juror1, false, Set.of(first, second), Map.of("Sogn for all",
                "Sogn regionråd", fixture.publishedIn("pl"), "Stowarzyszenie Metropolia Krakowska"));
        // submitted a second apart (the test's clock stands still), so that the earlier submission decides
        List<EntryRow> entries = fixture.entries(edition);
        jdbc.update("update competition_entry set submitted_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.parse("2026-12-01T17:31:44.226382Z")), entries.get(0).id());
        jdbc.update("update competition_entry set submitted_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.parse("2026-12-01T17:31:45.237488Z")), entries.get(1).id());
        jury.assignAutomatically(edition);
        editions.advance(edition, editions.get(edition).version());
        if (scored) {
            for (String juror : List.of(juror1, juror2)) {
                people.as(juror);
                for (Judging.QueueItem item : judging.queue(edition)) {
                    for (Edition.Criterion criterion : editions.get(edition).criteria()) {
                        judging.save(item.assignmentId(), criterion.id(), 7, null);
                    }
                    judging.submit(item.assignmentId());
                }
            }
        }
        return edition;
    }

    private void inNorwegian() {
        VaadinSession.getCurrent().setLocale(NB);
        UI.getCurrent().setLocale(NB);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<String> cells() {
        List<String> cells = new ArrayList<>();
        for (Grid grid : $(Grid.class).all()) {
            var tester = test(grid);
            for (int row = 0; row < tester.size(); row++) {
                for (int column = 0; column < grid.getColumns().size(); column++) {
                    try {
                        cells.add(tester.getCellText(row, column));
                    } catch (RuntimeException components) {
                        // a column of buttons
                    }
                }
            }
        }
        return cells;
    }
}
