package org.imcregistry.practice.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.municipality.PublicLists;
import org.imcregistry.practice.RecordDocuments;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;
import org.imcregistry.security.CurrentUser;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.ViewHeader;

/**
 * The public search of good practices: one box, facets with counts, highlighted snippets, sorting and paging.
 * The URL carries the whole search ({@code ?q=…&theme=…&page=…}), so a search can be shared and Back works.
 */
// A navigation target of other modules (the shell's menu and home page, links between features).
@NamedInterface("views")
@Route("practices")
@AnonymousAllowed
@Menu(order = 1, title = "practices.nav", icon = "LIGHTBULB")
public class PracticesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeSearch search;
    private final PublicLists lists;
    final SearchBox box = new SearchBox();
    private final Select<SearchQuery.Order> order = new Select<>();
    final Checkbox across = new Checkbox();
    final FacetPanel facets = new FacetPanel(this::go);
    final Div results = new Div();
    private SearchQuery query = SearchQuery.of("");
    private boolean navigating;

    private final PublicLinks links;
    private final Anchor feed = new Anchor();
    private final SearchViews views = new SearchViews(false);

    private final RecordDocuments documents;

    PracticesView(PracticeSearch search, PublicLists lists, PublicLinks links, CurrentUser currentUser,
            RecordDocuments documents) {
        this.documents = documents;
        this.links = links;
        this.search = search;
        this.lists = lists;
        add(new ViewHeader(getTranslation("practices.title"), getTranslation("practices.search.lead")));
        if (currentUser.accountId().isPresent()) {
            HorizontalLayout toolbar = new HorizontalLayout(
                    new RouterLink(getTranslation("practice.new"), PracticeEditorView.class),
                    new RouterLink(getTranslation("practices.mine"), MyPracticesView.class));
            if (currentUser.hasRole(org.imcregistry.security.Role.EDITOR)
                    || currentUser.hasRole(org.imcregistry.security.Role.ADMIN)) {
                toolbar.add(new RouterLink(getTranslation("glossary.title"), GlossaryView.class));
            }
            toolbar.addClassName("toolbar");
            add(toolbar);
        }
        Button find = box.searchesWith(text -> go(withText(text)));
        Div typeAhead = box.suggestsFrom(this::complete, text -> go(withText(text)));
        across.setLabel(getTranslation("practices.across"));
        across.addClassName("across-languages");
        across.setTooltipText(getTranslation("practices.across.help"));
        across.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(query.acrossLanguages(e.getValue()));
            }
        });
        order.setItems(SearchQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("practices.order." + o.name()));
        order.setAriaLabel(getTranslation("practices.order"));
        order.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(new SearchQuery(query.text(), query.filters(), e.getValue(), 0, query.pageSize(),
                        query.acrossLanguages()));
            }
        });
        feed.setText(getTranslation("practices.feed"));
        feed.addClassName("feed-link");
        HorizontalLayout bar = new HorizontalLayout(box, find, order, across, exportLink(), bookletLink(), feed);
        bar.addClassName("search-bar");
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        results.addClassName("results");
        Div body = new Div(facets, results);
        body.addClassName("search-layout");
        add(views, bar, typeAhead, body);
        addClassName("list-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = SearchUrl.read(event.getLocation().getQueryParameters());
        // The feed follows what is searched for and filtered, newest first: order and page are not part of it.
        String followed = SearchUrl.write(new SearchQuery(query.text(), query.filters(), SearchQuery.Order.RELEVANCE, 0,
                query.pageSize(), query.acrossLanguages())).getQueryString();
        feed.setHref(links.path("feed.atom" + (followed.isEmpty() ? "" : "?" + followed)).toString());
        views.follow(query);
        box.setValue(query.text());
        order.setValue(query.order());
        across.setValue(query.acrossLanguages());
        show(search.search(query));
    }

    private SearchQuery withText(String text) {
        return new SearchQuery(text, query.filters(), query.order(), 0, query.pageSize(), query.acrossLanguages());
    }

    void go(SearchQuery next) {
        getUI().ifPresent(ui -> ui.navigate(PracticesView.class, SearchUrl.write(next)));
    }

    private void show(SearchPage page) {
        PracticeLabels labels = new PracticeLabels(lists, getLocale(), this::getTranslation);
        facets.show(page, query, labels);
        results.removeAll();
        Paragraph count = new Paragraph(getTranslation("practices.count", page.total()));
        count.getElement().setAttribute("role", "status");
        count.addClassName("result-count");
        results.add(count);
        if (page.truncated()) {
            results.add(new Paragraph(getTranslation("practices.truncated")));
        }
        if (page.suggestion() != null) {
            results.add(didYouMean(page.suggestion()));
        }
        if (page.hits().isEmpty()) {
            results.add(emptyState());
            return;
        }
        for (SearchPage.Hit hit : page.hits()) {
            results.add(new HitCard(hit, labels));
        }
        results.add(new Pager(query, page.total(), this::go));
    }

    /** "Did you mean …": one click searches for the suggested words instead. */
    private Component didYouMean(String suggestion) {
        Button take = new Button(suggestion, e -> go(withText(suggestion)));
        take.addThemeVariants(ButtonVariant.TERTIARY);
        take.addClassName("suggestion");
        Paragraph line = new Paragraph(new Span(getTranslation("practices.did-you-mean") + " "), take);
        line.addClassName("did-you-mean");
        return line;
    }

    /** Type-ahead: the managed themes whose label starts with the words, then places and titles of records. */
    private java.util.List<String> complete(String typed) {
        String start = typed.strip().toLowerCase(getLocale());
        java.util.List<String> offered = new java.util.ArrayList<>(lists.practiceThemes().stream()
                .map(t -> t.label(getLocale())).filter(l -> l.toLowerCase(getLocale()).startsWith(start)).toList());
        offered.addAll(search.complete(typed, SearchBox.SUGGESTIONS));
        return offered.stream().distinct().limit(SearchBox.SUGGESTIONS).toList();
    }

    private Component emptyState() {
        boolean filtered = !query.filters().isEmpty();
        EmptyState empty = new EmptyState(VaadinIcon.SEARCH, getTranslation("practices.empty.title"),
                getTranslation(filtered ? "practices.empty.filtered" : "practices.empty.text"));
        if (filtered) {
            Button clear = new Button(getTranslation("practices.clear-filters"),
                    e -> go(new SearchQuery(query.text(), java.util.Map.of(), query.order(), 0, query.pageSize(),
                            query.acrossLanguages())));
            empty.add(clear);
        }
        return empty;
    }

    private Component exportLink() {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = new SearchExport(lists, links, getLocale(), this::getTranslation).workbook(search.allHits(query));
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "good-practices.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), "");
        download.add(new Button(getTranslation("register.export"), VaadinIcon.DOWNLOAD.create()));
        download.getElement().setAttribute("download", true);
        return download;
    }

    /**
     * The result, every record the reader may read (at most {@link RecordDocuments#MAX_BOOKLET_RECORDS}), as one Word
     * booklet with a table of contents.
     */
    private Component bookletLink() {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
            documents.booklet(search.allHits(query).stream().map(SearchPage.Hit::id).toList(), getLocale(), docx);
            return new DownloadResponse(new ByteArrayInputStream(docx.toByteArray()), "good-practices.docx",
                    RecordDocuments.CONTENT_TYPE, docx.size());
        }), "");
        download.add(new Button(getTranslation("practices.download.booklet"), VaadinIcon.BOOK.create()));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("title", getTranslation("practices.download.booklet.help",
                RecordDocuments.MAX_BOOKLET_RECORDS));
        return download;
    }

    @Override
    public String getPageTitle() {
        return query.text().isBlank() ? getTranslation("practices.title")
                : getTranslation("practices.title.query", query.text());
    }
}
