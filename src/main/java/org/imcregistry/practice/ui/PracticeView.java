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
import org.imcregistry.practice.RecordAttachments;
import org.imcregistry.practice.RecordDocuments;
import org.imcregistry.practice.RecordPhoto;
import org.imcregistry.practice.RecordPhotos;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
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
    private final RecordPhotos photos;
    private final RecordAttachments attachments;
    private final RecordDocuments documents;
    private String title = "";

    PracticeView(Practices practices, PracticeSearch search, PublicLists lists, PracticeAwards awards,
            PublicLinks links, Adoptions adoptions, RecordPhotos photos, RecordAttachments attachments,
            RecordDocuments documents) {
        this.photos = photos;
        this.attachments = attachments;
        this.documents = documents;
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
        header.add(wordDownload(id));
        add(header);
        List<RecordPhoto> shown = photos.of(id);
        if (record.status() != PracticeStatus.PUBLISHED || record.canEdit()) {
            add(new WorkflowBox(record, practices));
        }
        Div article = new Div();
        article.addClassName("practice-article");
        RecordMedia.lead(shown).forEach(article::add);
        for (PracticeSection section : PracticeSection.values()) {
            String text = content.section(section);
            if (!text.isBlank()) {
                article.add(new Section(new H2(getTranslation("practice.section." + section.name())),
                        SectionText.of(text)));
            }
        }
        RecordMedia.gallery(shown, attachments.of(id), this::getTranslation).forEach(article::add);
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

    /** The record as a Word document, built when clicked, with only what this reader may read. */
    private Component wordDownload(long id) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] docx = documents.record(id, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(docx), "good-practice-" + id + ".docx",
                    RecordDocuments.CONTENT_TYPE, docx.length);
        }), "");
        download.add(new Button(getTranslation("practice.download.docx"), VaadinIcon.DOWNLOAD.create()));
        download.getElement().setAttribute("download", true);
        download.addClassName("word-download");
        return download;
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
