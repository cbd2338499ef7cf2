package org.imcregistry.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.municipality.ui.PartnershipView;
import org.imcregistry.municipality.ui.RegisterOverviewView;
import org.imcregistry.practice.Adoptions;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.Practices;
import org.imcregistry.practice.RecordLanguage;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adoption as people meet it on a record's page: a member of a partnership adopts with a note and withdraws after a
 * question; another partnership's member sees the adoption but cannot withdraw it; a visitor sees the count and no
 * button; the partnership's page and the register overview list what is adopted.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class AdoptionViewsTest extends BrowserlessTestSupport {

    static final String ADOPT = "Our partnership adopts this practice";
    static final String KRAKOW = "Stowarzyszenie Metropolia Krakowska";

    @Autowired
    PracticeFixture fixture;
    @Autowired
    Adoptions adoptions;
    @Autowired
    Practices practices;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMemberAdoptsForTheirPartnershipWithANoteAndWithdrawsAfterAQuestion() {
        long id = fixture.published(record("Frostvik shared ferry desk"));
        fixture.as("member");
        open(id);
        AdoptionBox box = $(AdoptionBox.class).single();
        assertThat(box.getElement().getTextRecursively()).contains("Not adopted yet");

        test($(Button.class).withText(ADOPT).single()).click();
        AdoptDialog dialog = $(AdoptDialog.class).single();
        assertThat(dialog.partnership.getValue()).isEqualTo(partnership(KRAKOW));
        test(dialog.adopt).click();
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).isEqualTo(
                "Write a short note on how your partnership takes the practice up.");
        dialog.note.setValue("We run the desk for Kraków's ferries from June.");
        test(dialog.adopt).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(box.getElement().getTextRecursively()).contains("Adopted by 1 partnership", KRAKOW,
                "We run the desk for Kraków's ferries from June.");
        assertThat(box.getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                .filter(RouterLink.class::isInstance).map(c -> ((RouterLink) c).getHref()))
                .contains("partnerships/" + partnership(KRAKOW));
        assertThat($(Button.class).withText(ADOPT).exists()).as("it adopts the record already").isFalse();

        test($(Button.class).withText("Withdraw").single()).click();
        test($(ConfirmDialog.class).last()).cancel();
        assertThat(adoptions.of(id)).hasSize(1);
        test($(Button.class).withText("Withdraw").single()).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(adoptions.of(id)).isEmpty();
        assertThat($(AdoptionBox.class).single().getElement().getTextRecursively()).contains("Not adopted yet");
        assertThat($(Button.class).withText(ADOPT).exists()).isTrue();
    }

    @Test
    void aSecondAttemptFromAnotherTabSaysSoAndTheBoxShowsWhatIsTrue() {
        long id = fixture.published(record("Frostvik shared road lab"));
        fixture.as("member");
        open(id);
        test($(Button.class).withText(ADOPT).single()).click();
        AdoptDialog dialog = $(AdoptDialog.class).single();
        dialog.note.setValue("From the other tab.");
        adoptions.adopt(id, partnership(KRAKOW), "Adopted in another tab first.");

        // the refusal goes on to SessionErrorHandling, which shows its text as a notification
        assertThatThrownBy(() -> test(dialog.adopt).click()).hasMessage("practice.adoption.error.already");
        assertThat(UI.getCurrent().getTranslation("practice.adoption.error.already", KRAKOW))
                .isEqualTo(KRAKOW + " has already adopted this practice.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat($(AdoptionBox.class).single().getElement().getTextRecursively())
                .contains("Adopted by 1 partnership", "Adopted in another tab first.");
    }

    @Test
    void anotherPartnershipsMemberSeesTheAdoptionButCannotWithdrawIt() {
        long id = fixture.published(record("Frostvik shared archive"));
        fixture.as("coordinator");
        adoptions.adopt(id, partnership("Sogn regionråd"), "Sogn keeps its archive this way.");
        fixture.as("member");
        open(id);

        assertThat($(AdoptionBox.class).single().getElement().getTextRecursively())
                .contains("Adopted by 1 partnership", "Sogn regionråd", "Sogn keeps its archive this way.");
        assertThat($(Button.class).withText("Withdraw").exists()).isFalse();
        assertThat($(Button.class).withText(ADOPT).exists()).as("for their own partnership").isTrue();
    }

    @Test
    void aVisitorSeesTheCountAndNoButtonAndADraftHasNoAdoptions() {
        long id = fixture.published(record("Frostvik shared snow desk"));
        fixture.as("coordinator");
        adoptions.adopt(id, partnership("Sogn regionråd"), "Winter desk.");
        fixture.as("member");
        adoptions.adopt(id, partnership(KRAKOW), "Ours too.");
        fixture.anonymous();
        open(id);

        assertThat($(AdoptionBox.class).single().getElement().getTextRecursively())
                .contains("Adopted by 2 partnerships", "Sogn regionråd", KRAKOW);
        assertThat($(Button.class).withText(ADOPT).exists()).isFalse();
        assertThat($(Button.class).withText("Withdraw").exists()).isFalse();

        fixture.as("member");
        long draft = practices.create(record("Frostvik draft desk"));
        open(draft);
        assertThat($(AdoptionBox.class).exists()).as("a draft cannot be adopted").isFalse();
    }

    @Test
    void thePartnershipsPageAndTheOverviewListWhatIsAdopted() {
        long id = fixture.published(record("Frostvik shared payroll"));
        fixture.as("coordinator");
        adoptions.adopt(id, partnership("Sogn regionråd"), "Payroll for Sogn.");

        UI.getCurrent().navigate(PartnershipView.class, new RouteParameters("id",
                String.valueOf(partnership("Sogn regionråd"))));
        AdoptedPractices.AdoptedList list = $(AdoptedPractices.AdoptedList.class).single();
        assertThat(list.getElement().getTextRecursively()).contains("Good practices it adopts",
                "Frostvik shared payroll", "Payroll for Sogn.", "Podhale Shared Digital Services Centre");
        assertThat($(RouterLink.class).all()).anySatisfy(link -> {
            assertThat(link.getText()).isEqualTo("Frostvik shared payroll");
            assertThat(link.getHref()).isEqualTo("practices/" + id);
        });

        UI.getCurrent().navigate(PartnershipView.class, new RouteParameters("id", String.valueOf(partnership("BIR AS"))));
        assertThat($(AdoptedPractices.AdoptedList.class).single().getElement().getTextRecursively())
                .contains("has not said that it adopts any good practice yet");

        navigate(RegisterOverviewView.class);
        String overview = $(AdoptionsOverview.Panel.class).single().getElement().getTextRecursively();
        assertThat(overview).contains("Good practices adopted by partnerships", "Adoptions", "Most adopted",
                "Podhale Shared Digital Services Centre", "2 partnerships");
    }

    private void open(long id) {
        UI.getCurrent().navigate(PracticeView.class, new RouteParameters("id", String.valueOf(id)));
    }

    private long partnership(String name) {
        return jdbc.queryForObject("select id from partnership where name = ?", Long.class, name);
    }

    private static PracticeContent record(String title) {
        return PracticeFixture.content(title, RecordLanguage.EN, "Frostvik and two neighbours share one desk.",
                Set.of("GOVERNANCE"), Set.of(11), "NO", 2020);
    }
}
