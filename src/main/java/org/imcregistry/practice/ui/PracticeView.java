package org.imcregistry.practice.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.Countries;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.practice.PracticeAwards;
import org.imcregistry.practice.PracticeContent;
import org.imcregistry.practice.PracticeDetails;
import org.imcregistry.practice.PracticeSection;
import org.imcregistry.practice.PracticeStatus;
import org.imcregistry.practice.Practices;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.Notifications;
import org.imcregistry.ui.UserZone;
import org.springframework.security.access.AccessDeniedException;

/**
 * A good practice's permanent page ({@code /practices/42}): the record in the template's order, similar
 * practices, and for its author and editors the moderation state, the next step and the history.
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
    private String title = "";

    PracticeView(Practices practices, PracticeSearch search, PublicLists lists, PracticeAwards awards) {
        this.awards = awards;
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
        title = content.title();
        add(new RouterLink(getTranslation("practice.back"), PracticesView.class));
        Div header = new Div(new com.vaadin.flow.component.html.H1(content.title()), facts(content, labels));
        header.addClassName("view-header");
        addAwards(header, id);
        add(header);
        if (record.status() != PracticeStatus.PUBLISHED || record.canEdit()) {
            add(workflow(record));
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
        article.add(contactAndCredits(content));
        Div layout = new Div(article, similar(id));
        layout.addClassName("practice-layout");
        add(layout);
        if (!record.history().isEmpty()) {
            add(history(record));
        }
    }

    private Component facts(PracticeContent content, PracticeLabels labels) {
        List<String> where = new ArrayList<>();
        if (content.place() != null) {
            where.add(content.place());
        }
        if (content.region() != null) {
            where.add(content.region());
        }
        if (content.country() != null) {
            where.add(Countries.name(content.country(), getLocale()));
        }
        Div facts = new Div();
        facts.addClassName("practice-facts");
        if (!where.isEmpty()) {
            facts.add(new Paragraph(String.join(", ", where)));
        }
        List<String> more = new ArrayList<>();
        if (content.startYear() != null) {
            more.add(content.endYear() == null ? getTranslation("practice.since", content.startYear())
                    : getTranslation("practice.period", content.startYear(), content.endYear()));
        }
        more.add(labels.language(content.language().code()));
        if (content.partnershipId() != null) {
            lists.partnershipName(content.partnershipId()).ifPresent(name ->
                    more.add(getTranslation("practice.partnership", name)));
        }
        facts.add(new Paragraph(String.join(" · ", more)));
        Div tags = new Div();
        tags.addClassName("tags");
        content.themes().stream().sorted().forEach(t -> tags.add(new Span(labels.theme(t))));
        content.sdgs().stream().sorted().forEach(g -> {
            Span sdg = new Span(labels.sdg(g));
            sdg.addClassName("sdg");
            tags.add(sdg);
        });
        facts.add(tags);
        return facts;
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

    /** Where the record stands, what happens next, and the buttons for the next step. */
    private Component workflow(PracticeDetails record) {
        String comment = record.editorComment() == null ? "" : record.editorComment();
        Paragraph state = new Paragraph(getTranslation("practice.state." + record.status().name(), comment));
        HorizontalLayout actions = new HorizontalLayout();
        if (record.canEdit()) {
            actions.add(new Button(getTranslation("practice.edit"), VaadinIcon.EDIT.create(), e -> getUI().ifPresent(
                    ui -> ui.navigate(PracticeEditorView.class, new RouteParameters("id", String.valueOf(record.id()))))));
        }
        if (record.canSubmit()) {
            Button submit = new Button(getTranslation("practice.submit"), VaadinIcon.PAPERPLANE.create(),
                    e -> confirmSubmit(record.id()));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(submit);
        }
        if (record.canModerate()) {
            Button publish = new Button(getTranslation("practice.publish"), VaadinIcon.CHECK.create(),
                    e -> new ModerationDialog(getTranslation("practice.publish"), false,
                            text -> practices.publish(record.id(), text), this::reload).open());
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(publish,
                    new Button(getTranslation("practice.request-information"), VaadinIcon.QUESTION_CIRCLE.create(),
                            e -> new ModerationDialog(getTranslation("practice.request-information"), true,
                                    text -> practices.requestInformation(record.id(), text), this::reload).open()),
                    new Button(getTranslation("practice.reject"), VaadinIcon.BAN.create(),
                            e -> new ModerationDialog(getTranslation("practice.reject"), true,
                                    text -> practices.reject(record.id(), text), this::reload).open()));
        }
        Aside box = new Aside(state, actions);
        box.addClassName("workflow-box");
        box.addClassName("status-" + record.status().name().toLowerCase(java.util.Locale.ROOT));
        box.getElement().setAttribute("role", "status");
        return box;
    }

    private void confirmSubmit(long id) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("practice.submit.title"),
                getTranslation("practice.submit.text"), getTranslation("practice.submit"), e -> {
                    practices.submit(id);
                    Notifications.success(getTranslation("practice.submitted"));
                    reload();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void reload() {
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private Component contactAndCredits(PracticeContent content) {
        Section section = new Section(new H2(getTranslation("practice.contact-and-credits")));
        if (content.website() != null) {
            for (String url : content.website().split("\\s+")) {
                if (url.matches("(?i)https?://\\S+")) {
                    Anchor link = new Anchor(url, url);
                    link.setTarget("_blank");
                    link.getElement().setAttribute("rel", "noopener noreferrer");
                    section.add(new Paragraph(link));
                }
            }
        }
        if (content.contact() != null) {
            Paragraph contact = new Paragraph(content.contact());
            contact.addClassName("preserve-lines");
            section.add(contact);
        }
        UnorderedList credits = new UnorderedList();
        credit(credits, "practice.field.contributor", content.contributor());
        credit(credits, "practice.field.researcher", content.researcher());
        credit(credits, "practice.field.documented", content.documented());
        credit(credits, "practice.field.photoCredits", content.photoCredits());
        section.add(credits);
        return section;
    }

    private void credit(UnorderedList list, String key, String value) {
        if (value != null) {
            list.add(new ListItem(getTranslation(key) + ": " + value));
        }
    }

    private Component similar(long id) {
        Aside aside = new Aside(new H2(getTranslation("practice.similar")));
        aside.addClassName("similar");
        List<SearchPage.Hit> hits = search.similar(id, 5);
        if (hits.isEmpty()) {
            aside.add(new Paragraph(getTranslation("practice.similar.none")));
        }
        UnorderedList list = new UnorderedList();
        hits.forEach(hit -> {
            ListItem item = new ListItem(new RouterLink(hit.title(), PracticeView.class,
                    new RouteParameters("id", String.valueOf(hit.id()))));
            if (hit.place() != null) {
                Span place = new Span(" — " + hit.place());
                place.addClassName("hit-meta");
                item.add(place);
            }
            list.add(item);
        });
        aside.add(list);
        return aside;
    }

    private Component history(PracticeDetails record) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(userZone());
        UnorderedList lines = new UnorderedList();
        for (PracticeDetails.HistoryLine line : record.history()) {
            String what = switch (line.action()) {
                case "STATUS" -> getTranslation("practice.history.status",
                        getTranslation("practice.status." + line.to().name()));
                case "EDITED" -> getTranslation("practice.history.edited", line.changed());
                default -> getTranslation("practice.history." + line.action());
            };
            String text = format.format(line.at()) + " · " + line.actor() + " · " + what
                    + (line.comment() == null ? "" : " — “" + line.comment() + "”");
            lines.add(new ListItem(text));
        }
        Details details = new Details(getTranslation("practice.history", record.history().size()), lines);
        details.addClassName("history");
        return new Section(details);
    }

    private ZoneId userZone() {
        return getUI().map(UserZone::of).orElse(java.time.ZoneOffset.UTC);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
