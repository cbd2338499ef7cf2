package org.imcregistry.assessment.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.imcregistry.ui.Today;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.FrameworkCatalog;
import org.imcregistry.assessment.RoundStatus;
import org.imcregistry.assessment.RoundViews.RoundSummary;
import org.imcregistry.security.AccountDirectory;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.security.Role;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.ViewHeader;

/** The self-assessment rounds a person takes part in: to answer, to run as coordinator, or to read. */
// A navigation target of other modules (the shell's menu and home page, links between features).
@NamedInterface("views")
@Route("assessments")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
@Menu(order = 2, title = "assessments.nav", icon = "CHART_GRID")
public class AssessmentsView extends Main implements HasDynamicTitle {

    AssessmentsView(AssessmentRounds rounds, FrameworkCatalog frameworks, AccountDirectory accounts,
            CurrentUser currentUser, Today today) {
        add(new ViewHeader(getTranslation("assessments.title"), getTranslation("assessments.lead")));
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.addClassName("toolbar");
        var mayOpen = rounds.partnershipsToAssess();
        if (!mayOpen.isEmpty()) {
            Button open = new Button(getTranslation("round.open"), VaadinIcon.PLUS.create(),
                    e -> new OpenRoundDialog(rounds, frameworks, accounts, mayOpen, today).open());
            open.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.add(open);
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            toolbar.add(new RouterLink(getTranslation("frameworks.page-title"), FrameworksView.class));
        }
        if (toolbar.getComponentCount() > 0) {
            add(toolbar);
        }
        List<RoundSummary> mine = rounds.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.CHART_GRID, getTranslation("assessments.empty.title"),
                    getTranslation("assessments.empty.text")));
        } else {
            Div cards = new Div();
            cards.addClassName("round-cards");
            mine.forEach(r -> cards.add(card(r)));
            add(cards);
        }
        addClassName("list-view");
    }

    private Component card(RoundSummary round) {
        Paragraph facts = new Paragraph(getTranslation("round.card.facts", round.partnershipName(),
                getTranslation("round.status." + round.status().name()),
                round.deadline() == null ? "—" : round.deadline().toString(), round.submitted(), round.respondents()));
        HorizontalLayout actions = new HorizontalLayout();
        RouteParameters id = new RouteParameters("id", String.valueOf(round.id()));
        if (round.respondent() && round.status() == RoundStatus.OPEN) {
            Button answer = new Button(getTranslation(round.answeredAndSubmitted() ? "round.view-answers"
                    : "round.answer"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(RoundAnswerView.class, id)));
            if (!round.answeredAndSubmitted()) {
                answer.addThemeVariants(ButtonVariant.PRIMARY);
            }
            actions.add(answer);
        }
        if (round.coordinator()) {
            actions.add(new Button(getTranslation("respondents.nav"), VaadinIcon.ENVELOPES.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(RoundRespondentsView.class, id))));
        }
        if (round.coordinator() && round.status() == RoundStatus.OPEN) {
            actions.add(new Button(getTranslation("round.consensus"), VaadinIcon.GROUP.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(RoundConsensusView.class, id))));
        }
        actions.add(new Button(getTranslation("round.results"), VaadinIcon.BAR_CHART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(RoundResultsPage.class, id))));
        Section card = new Section(new H2(round.title()), facts, actions);
        card.addClassName("round-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessments.title");
    }
}
