package org.imcregistry.practice.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.List;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.practice.Adoptions;
import org.imcregistry.practice.PracticeAwards;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeDetails;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.PracticeStatus;
import org.imcregistry.practice.Practices;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.UserZone;
import org.springframework.security.access.AccessDeniedException;
import java.util.Objects;

/**
 * A good practice's permanent page ({@code /practices/42}): the record in the template's order, the partnerships
 * adopting it (once public), similar practices, and for its author and editors the moderation state, the next step
 * and the history.
 */
// A navigation target of other modules (the shell's menu and home page, links between features).
@NamedInterface("views")
@Route("practices/:id")
@AnonymousAllowed
public class PracticeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Practices practices;
    private final PracticeSearch search;
    private final PublicLists lists;
    private final PracticeAwards awards;
    private final PublicLinks links;
    private final Adoptions adoptions;
    private String title = "";

    PracticeView(Practices practices, PracticeSearch search, PublicLists lists, PracticeAwards awards,
            PublicLinks links, Adoptions adoptions) {
        this.awards = awards;
        this.adoptions = adoptions;
        this.links = links;
        this.practices = practices;
        this.search = search;
        this.lists = lists;
        addClassName("detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | UserFacingException | AccessDeniedException e) {
            removeAll();
            title = getTranslation("practice.not-found.title");
            add(new EmptyState(VaadinIcon.LIGHTBULB, title, getTranslation("practice.not-found.text")),
                    new RouterLink(getTranslation("practice.back"), PracticesView.class));
        }
    }

    void show(long id) {
        PracticeDetails record = practices.details(id);
        PracticeContent content = record.content();
        PracticeLabels labels = new PracticeLabels(lists, getLocale(), this::getTranslation);
        title = Objects.requireNonNull(content.title(), "a stored record has a title");
        add(new RouterLink(getTranslation("practice.back"), PracticesView.class));
        Div header = new Div(new com.vaadin.flow.component.html.H1(content.title()),
                new PracticeFacts(content, labels, lists));
        header.addClassName("view-header");
        addAwards(header, id);
        if (record.isPublic()) {
            header.add(shareLink(id));
        }
        add(header);
        if (record.status() != PracticeStatus.PUBLISHED || record.canEdit()) {
            add(new WorkflowBox(record, practices));
        }
        Div article = new Div();
        article.addClassName("practice-article");
        for (PracticeSection section : PracticeSection.values()) {
            String text = content.section(section);
            if (!text.isBlank()) {
                article.add(new Section(new H2(getTranslation("practice.section." + section.name())),
                        SectionText.of(text)));
            }
        }
        article.add(new ContactAndCredits(content));
        Div side = new Div();
        side.addClassName("practice-side");
        if (record.isPublic()) {
            side.add(new AdoptionBox(id, adoptions, userZone()));
        }
        side.add(new SimilarPractices(id, search));
        Div layout = new Div(article, side);
        layout.addClassName("practice-layout");
        add(layout);
        if (!record.history().isEmpty()) {
            add(new RecordHistory(record, userZone()));
        }
    }

    /** The address to share: the record's public page, which search engines and link previews can read. */
    private Component shareLink(long id) {
        String address = links.practice(id).toString();
        Paragraph share = new Paragraph(getTranslation("practice.share") + ": ");
        share.add(new Anchor(address, address));
        share.addClassName("share-link");
        return share;
    }

    /** Labels from competitions: winner or shortlisted, and in which edition. */
    private void addAwards(Div header, long id) {
        List<PracticeAwards.Award> won = awards.of(id);
        if (!won.isEmpty()) {
            Div badges = new Div();
            badges.addClassName("awards");
            won.forEach(a -> badges.add(new Span(getTranslation("practice.award." + a.label(), a.edition()))));
            header.add(badges);
        }
    }

    private ZoneId userZone() {
        return UserZone.current();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
