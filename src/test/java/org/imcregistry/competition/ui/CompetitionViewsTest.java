package org.imcregistry.competition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.competition.CompetitionFixture;
import org.imcregistry.competition.Editions;
import org.imcregistry.competition.Jury;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The juror's page: own queue only, scores saved as given, and a blind edition that never names the applicant. */
@IntegrationTest
@Import({PracticeFixture.class, CompetitionFixture.class})
class CompetitionViewsTest extends BrowserlessTestSupport {

    @Autowired
    PracticeFixture people;
    @Autowired
    CompetitionFixture fixture;
    @Autowired
    Editions editions;
    @Autowired
    Jury jury;

    @Test
    void aBlindEditionNeverNamesTheApplicantAndScoresAreSavedAsGiven() {
        long first = fixture.juror("ui-blind-1", null);
        long second = fixture.juror("ui-blind-2", null);
        fixture.identifyingSognRecord("Quarrymoor meals");
        long edition = fixture.edition("Blind UI edition", true, Set.of(first, second),
                Map.of("Quarrymoor meals in Sogn", "Sogn regionråd"));
        jury.assignAutomatically(edition);
        editions.advance(edition, editions.get(edition).version());
        people.as("ui-blind-1");

        UI.getCurrent().navigate(JudgeView.class, new RouteParameters("id", String.valueOf(edition)));
        JudgeView view = (JudgeView) getCurrentView();
        assertThat(view.getElement().getTextRecursively()).contains("Quarrymoor meals", "E-")
                .doesNotContainIgnoringCase("sogn").doesNotContain("Applicant", "Luster", "Lærdal", "Nordmann", "@");
        assertThat(view.getElement().toString()).as("no link leads to the record").doesNotContain("practices/");
        assertThat(view.queue.getColumns()).hasSize(3);

        NumberField score = $(NumberField.class).first();
        test(score).setValue(10.0);
        assertThat(score.isInvalid()).isFalse();
        TextArea comment = $(TextArea.class).first();
        assertThat(comment.isInvalid()).as("a top score needs a comment").isTrue();
        test(comment).setValue("Exceptional involvement of citizens.");
        assertThat(comment.isInvalid()).isFalse();
        var scores = fixture.scoresOf("ui-blind-1");
        assertThat(scores).containsExactly(10.0);
    }

    @Test
    void theManagerSeesEntriesJuryAndRanking() {
        people.as("manager");
        long id = editions.all().stream().filter(e -> e.name().equals("IMC good practices")).findFirst().orElseThrow()
                .id();
        UI.getCurrent().navigate(EditionView.class, new RouteParameters("id", String.valueOf(id)));
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Stage: Judging", "Entries", "Jury", "Ranking and shortlist", "Relevance (20 %)");
        @SuppressWarnings("unchecked")
        Grid<org.imcregistry.competition.EntryRow> entries = $(Grid.class).all().getFirst();
        assertThat(entries.getGenericDataView().getItems().toList()).hasSize(5)
                .anySatisfy(e -> assertThat(e.eligibilityReason()).isEqualTo("Implemented less than 6 months ago."));
        assertThat($(Grid.class).all()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theManagerSetsAJudgingDeadlineInTheEditionSettings() {
        people.as("manager");
        long id = editions.create("Deadline form edition", 2026);
        UI.getCurrent().navigate(EditionView.class, new RouteParameters("id", String.valueOf(id)));
        DatePicker deadline = $(DatePicker.class).all().stream().filter(d -> text("competition.field.judging-deadline").equals(d.getLabel()))
                .findFirst().orElseThrow();
        test(deadline).setValue(LocalDate.of(2027, 5, 14));
        test($(Button.class).withText(text("common.save")).first()).click();
        assertThat(editions.get(id).judgingDeadline()).isEqualTo(LocalDate.of(2027, 5, 14));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(UI.getCurrent()
                .getTranslation("competition.rules.judging-deadline", "2027-05-14"));
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aLabelledRecordShowsItsAwardOnItsPage() {
        long practice = fixture.practice("Sogn for all");
        // what closing an edition publishes; the registry labels its record once the transaction commits
        transactions.executeWithoutResult(status -> events.publishEvent(
                new org.imcregistry.practice.RecordAwarded(practice, 999, "Test award 2026", "WINNER")));
        people.anonymous();
        UI.getCurrent().navigate(org.imcregistry.practice.ui.PracticeView.class,
                new RouteParameters("id", String.valueOf(practice)));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Winner — Test award 2026");
    }

    @Autowired
    org.imcregistry.competition.CompetitionExport export;

    @Test
    void theEditionPageWithItsExportIsTheManagersOnly() {
        long juror = fixture.juror("ui-export-juror", null);
        long edition = fixture.edition("Managers-only edition", false, Set.of(juror),
                Map.of("Sogn for all", "Sogn regionråd"));
        jury.assignAutomatically(edition);
        people.as("manager");
        UI.getCurrent().navigate(EditionView.class, new RouteParameters("id", String.valueOf(edition)));
        assertThat(getCurrentView()).isInstanceOf(EditionView.class);
        assertThat($(Button.class).withText(text("register.export")).all()).as("the manager's export").hasSize(1);
        for (String who : new String[] {"ui-export-juror", "coordinator", null}) {
            if (who == null) {
                people.anonymous();
            } else {
                people.as(who);
            }
            UI.getCurrent().navigate(EditionView.class, new RouteParameters("id", String.valueOf(edition)));
            assertThat(getCurrentView()).as(String.valueOf(who)).isNotInstanceOf(EditionView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Managers-only edition",
                    "Sogn for all");
        }
        people.as("ui-export-juror");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.write(edition, key -> key,
                new java.io.ByteArrayOutputStream())).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
    }
}
