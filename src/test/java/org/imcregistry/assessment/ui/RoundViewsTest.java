package org.imcregistry.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.RouteParameters;
import org.imcregistry.IntegrationTest;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.RoundStatus;
import org.imcregistry.assessment.RoundViews.RoundSummary;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.imcregistry.ui.EmptyState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The answer form saves each tick at once, shows the stage reached, and keeps other partnerships out. */
@IntegrationTest
class RoundViewsTest extends BrowserlessTestSupport {

    @Autowired
    AssessmentRounds rounds;

    @Test
    @WithUserDetails("member")
    void eachTickIsSavedAtOnceAndIsThereWhenTheRespondentComesBack() {
        long round = openRoundToAnswer();
        UI.getCurrent().navigate(RoundAnswerView.class, parameters(round));
        Checkbox first = $(Checkbox.class).withCaption("The member municipalities have named at least one common "
                + "problem they want to solve together.").single();
        Checkbox second = $(Checkbox.class).withCaption("The mayors of all member municipalities have met to "
                + "discuss cooperation.").single();
        test(first).click();
        assertThat(rounds.mySheet(round).answers().get("vision").ticked()).containsExactly("vision-1a");
        test(second).click();
        assertThat(rounds.mySheet(round).answers().get("vision").value()).isEqualTo(1.0);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Stage reached: 1 of 5 (Getting started)",
                "1 of 10 criteria answered");

        // the respondent closes the browser and comes back later: the next open criterion is where they left off
        UI.getCurrent().navigate(AssessmentsView.class);
        UI.getCurrent().navigate(RoundAnswerView.class, parameters(round));
        var panels = $(CriterionPanel.class).all();
        assertThat(panels).hasSize(10);
        assertThat(panels.get(0).isOpened()).isFalse();
        assertThat(panels.get(0).getSummary().getElement().getTextRecursively()).contains("answered")
                .doesNotContain("not answered");
        assertThat(panels.get(1).isOpened()).isTrue();
        assertThat($(Checkbox.class).withCaption("The mayors of all member municipalities have met to discuss "
                + "cooperation.").exists()).as("a closed criterion's form is not built").isFalse();
        panels.get(0).setOpened(true);
        assertThat($(Checkbox.class).withCaption("The mayors of all member municipalities have met to discuss "
                + "cooperation.").single().getValue()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator")
    void anotherPartnershipsRoundShowsNothingButAPoliteRefusal() {
        long krakow = roundOf("Stowarzyszenie Metropolia Krakowska");
        UI.getCurrent().navigate(RoundResultsPage.class, parameters(krakow));
        assertThat($(EmptyState.class).single().getElement().getTextRecursively()).contains("Round not available");
        UI.getCurrent().navigate(RoundConsensusView.class, parameters(krakow));
        assertThat($(EmptyState.class).exists()).isTrue();
        UI.getCurrent().navigate(RoundAnswerView.class, parameters(krakow));
        assertThat($(Checkbox.class).exists()).isFalse();
    }

    private long openRoundToAnswer() {
        return rounds.mine().stream().filter(r -> r.respondent() && r.status() == RoundStatus.OPEN)
                .map(RoundSummary::id).findFirst().orElseThrow();
    }

    /** The demo's open round of a partnership, looked up as an admin would see it. */
    private long roundOf(String partnership) {
        var admin = securityContext.getContext().getAuthentication();
        signInAs(org.imcregistry.security.Role.ADMIN);
        try {
            return rounds.mine().stream().filter(r -> r.partnershipName().equals(partnership)
                    && r.status() == RoundStatus.OPEN).map(RoundSummary::id).findFirst().orElseThrow();
        } finally {
            securityContext.getContext().setAuthentication(admin);
        }
    }

    private static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }
}
