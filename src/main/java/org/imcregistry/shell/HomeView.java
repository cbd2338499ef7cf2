package org.imcregistry.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.imcregistry.assessment.ui.AssessmentsView;
import org.imcregistry.competition.ui.CompetitionsView;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.municipality.ui.PartnershipsView;
import org.imcregistry.practice.PublicFigures;
import org.imcregistry.practice.ui.PracticesView;

/** The front door: what the service is, something to do at once ({@link HomeFront}), and the way to each part. */
@Route("")
@AnonymousAllowed
@Menu(order = 0, title = "nav.home", icon = "HOME")
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(PublicFigures figures, PublicLists lists) {
        addClassName("home-view");
        Section intro = new Section(new H1(getTranslation("home.title")), lead("home.intro.what"),
                lead("home.intro.who"));
        intro.addClassName("home-intro");
        Section sections = new Section(
                card(PracticesView.class, VaadinIcon.LIGHTBULB, "practices.nav", "home.card.practices"),
                card(AssessmentsView.class, VaadinIcon.CHART_GRID, "assessments.nav", "home.card.assessments"),
                card(CompetitionsView.class, VaadinIcon.TROPHY, "competitions.nav", "home.card.competitions"),
                card(PartnershipsView.class, VaadinIcon.CONNECT, "partnerships.nav", "home.card.partnerships"));
        sections.addClassName("home-cards");
        add(intro, new HomeFront(figures.figures(), lists.partnershipCount(),
                figures.newest(HomeFront.NEWEST)), sections);
    }

    private Paragraph lead(String key) {
        Paragraph paragraph = new Paragraph(getTranslation(key));
        paragraph.addClassName("lead");
        return paragraph;
    }

    private Component card(Class<? extends Component> target, VaadinIcon icon, String titleKey, String textKey) {
        Icon symbol = icon.create();
        symbol.getElement().setAttribute("aria-hidden", "true");
        RouterLink link = new RouterLink(target);
        link.add(symbol, new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        link.addClassName("home-card");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
