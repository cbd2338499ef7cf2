package org.imcregistry.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcregistry.assessment.AnswerVisibility;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.FrameworkCatalog;
import org.imcregistry.assessment.RespondentStatus;
import org.imcregistry.assessment.RoundRespondents;
import org.imcregistry.assessment.RoundStatus;
import org.imcregistry.assessment.RoundViews;
import org.imcregistry.IntegrationTest;
import org.imcregistry.mail.OutgoingMail;
import org.imcregistry.municipality.PartnershipRegister;
import org.imcregistry.municipality.RegisterFilter;
import org.imcregistry.security.Role;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.imcregistry.ui.EmptyState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Through the views: the coordinator adds a respondent by address; the link from the outbox opens the answer form
 * for a visitor with no sign-in; a member of the partnership, another partnership's coordinator and a bad link
 * see nothing of it.
 */
@IntegrationTest
class RespondentViewsTest extends BrowserlessTestSupport {

    private static final Pattern LINK = Pattern.compile("/respond/([A-Za-z0-9_-]{43})\\n");

    @Autowired
    AssessmentRounds rounds;
    @Autowired
    RoundRespondents respondents;
    @Autowired
    OutgoingMail outgoing;
    @Autowired
    PartnershipRegister register;
    @Autowired
    FrameworkCatalog frameworks;

    @Test
    @WithUserDetails("coordinator")
    void theCoordinatorAddsSomeoneWhoThenAnswersThroughTheLinkWithoutSigningIn() {
        long round = openClimateRound();
        UI.getCurrent().navigate(RoundRespondentsView.class, id(round));
        AddRespondentForm form = $(AddRespondentForm.class).single();
        test(form.name).setValue("Kari Nordmann");
        test(form.email).setValue("kari.view@example.no");
        test(form.add).click();
        RoundRespondentsView view = (RoundRespondentsView) getCurrentView();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Invited");

        String token = tokenMailedTo("kari.view@example.no");
        signOut();
        UI.getCurrent().navigate(RespondView.class, new RouteParameters("token", token));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Sogn regionråd asks for your answers",
                "You are answering as Kari Nordmann.", "0 of 5 criteria answered");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> points = $(RadioButtonGroup.class).first();
        Object four = points.getListDataView().getItems().skip(3).findFirst().orElseThrow();
        test(points).selectItem(points.getItemLabelGenerator().apply(four));
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("1 of 5 criteria answered");

        signInAs(Role.COORDINATOR);
        RespondentStatus status = respondents.statuses(round).getFirst();
        assertThat(status.stage()).isEqualTo(RespondentStatus.Stage.ANSWERING);
        assertThat(status.answered()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("coordinator")
    void theUnsubscribeLinkAsksBeforeItStopsReminders() {
        long round = openClimateRound();
        respondents.add(round, new org.imcregistry.assessment.NewRespondent("Ola", "ola.view@example.no",
                respondents.municipalities(round).getFirst().id(), null, Locale.ENGLISH));
        String token = tokenMailedTo("ola.view@example.no");
        signOut();
        UI.getCurrent().navigate(StopRemindersView.class, new RouteParameters("token", token));
        signInAs(Role.COORDINATOR);
        assertThat(respondents.statuses(round).getFirst().remindersOff()).as("opening the page changes nothing")
                .isFalse();
        signOut();
        test($(Button.class).withText("Stop reminders for this round").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Reminders stopped");
        signInAs(Role.COORDINATOR);
        assertThat(respondents.statuses(round).getFirst().remindersOff()).isTrue();
    }

    @Test
    void aBadLinkShowsACalmPageAndNoForm() {
        signOut();
        UI.getCurrent().navigate(RespondView.class, new RouteParameters("token", "x".repeat(43)));
        assertThat($(EmptyState.class).single().getElement().getTextRecursively())
                .contains("This link cannot be used", "ask the coordinator of the partnership for a new link");
        assertThat($(RadioButtonGroup.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("member")
    void anotherPartnershipsMemberSeesNoRespondents() {
        signInAs(Role.COORDINATOR);
        long round = openClimateRound();
        respondents.add(round, new org.imcregistry.assessment.NewRespondent("Secret Person", "secret@example.no",
                respondents.municipalities(round).getFirst().id(), null, Locale.ENGLISH));
        signInAs(Role.MEMBER);
        UI.getCurrent().navigate(RoundRespondentsView.class, id(round));
        assertThat(getCurrentView()).isNotInstanceOf(RoundRespondentsView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Secret Person",
                "secret@example.no");
    }

    @Test
    @WithUserDetails("coordinator")
    void aCoordinatorSeesNothingOfAnotherPartnershipsRespondents() {
        signInAs(Role.ADMIN);
        long krakow = rounds.mine().stream().filter(r -> r.partnershipName().equals(
                "Stowarzyszenie Metropolia Krakowska") && r.status() == RoundStatus.OPEN).findFirst().orElseThrow().id();
        signInAs(Role.COORDINATOR);
        UI.getCurrent().navigate(RoundRespondentsView.class, id(krakow));
        assertThat($(EmptyState.class).single().getElement().getTextRecursively()).contains("Round not available");
        assertThat($(AddRespondentForm.class).exists()).isFalse();
    }

    private long openClimateRound() {
        long sogn = register.find(new RegisterFilter("Sogn regionråd", null, null, null, null, null), 0, 1)
                .getFirst().id();
        long climate = frameworks.all().stream().filter(f -> f.key().equals("imc-partnership-climate")).findFirst()
                .orElseThrow().id();
        return rounds.open(new RoundViews.NewRound(sogn, climate, "Views " + System.nanoTime(),
                LocalDate.now().plusDays(20), AnswerVisibility.COORDINATOR_ONLY, List.of()));
    }

    /** The link as the admin reads it in "Outgoing mail" (no mail server in this test). */
    private String tokenMailedTo(String address) {
        var before = securityContext.getContext();
        signInAs(Role.ADMIN);
        try {
            var row = outgoing.find(null, address, 0, 1).getFirst();
            Matcher m = LINK.matcher(outgoing.message(row.id()).text());
            assertThat(m.find()).isTrue();
            return m.group(1);
        } finally {
            securityContext.setContext(before);
        }
    }

    private static RouteParameters id(long round) {
        return new RouteParameters("id", String.valueOf(round));
    }
}
