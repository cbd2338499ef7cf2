package org.imcregistry.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.imcregistry.municipality.Countries;
import org.imcregistry.practice.PublicFigures;
import org.imcregistry.practice.PublishedRecords;
import org.imcregistry.practice.ui.PracticeView;
import org.imcregistry.practice.ui.PracticesView;
import org.imcregistry.practice.ui.SearchBox;
import org.imcregistry.ui.EmptyState;
import org.imcregistry.ui.UserZone;
import org.jspecify.annotations.Nullable;

/**
 * What the front door offers an anonymous visitor to do: search the good practices (the search box of the list),
 * see a few figures of the public registry, and open one of the newest public records. An empty registry says so.
 */
class HomeFront extends Div {

    static final int NEWEST = 5;

    HomeFront(PublicFigures.Figures counted, long partnerships, List<PublishedRecords.Summary> newest) {
        addClassName("home-front");
        add(search());
        add(figures(counted, partnerships));
        add(newest.isEmpty() ? new EmptyState(VaadinIcon.LIGHTBULB, getTranslation("home.newest.empty.title"),
                getTranslation("home.newest.empty.text")) : newest(newest));
    }

    private Section search() {
        SearchBox box = new SearchBox();
        box.setWidthFull();
        HorizontalLayout row = new HorizontalLayout(box, box.searchesWith(text -> UI.getCurrent().navigate(
                PracticesView.class, text.isBlank() ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of("q", text.strip())))));
        row.setWidthFull();
        row.addClassName("home-search-row");
        Section search = new Section(new H2(getTranslation("home.search.title")), row);
        search.addClassName("home-search");
        return search;
    }

    private Section figures(PublicFigures.Figures counted, long partnerships) {
        Section section = new Section(figure(counted.practices(), "home.figure.practices"),
                figure(counted.countries(), "home.figure.countries"), figure(partnerships, "home.figure.partnerships"));
        section.addClassName("home-figures");
        section.getElement().setAttribute("aria-label", getTranslation("home.figures"));
        return section;
    }

    /** A figure with its label; a count nobody can know reads as missing, not as 0. */
    private Div figure(@Nullable Long count, String label) {
        Span number = new Span(count == null ? "—" : NumberFormat.getIntegerInstance(getLocale()).format(count));
        number.addClassName("home-figure-number");
        Span words = new Span(count == null ? getTranslation(label + ".missing") : getTranslation(label, count));
        Div figure = new Div(number, words);
        figure.addClassName("home-figure");
        return figure;
    }

    private Section newest(List<PublishedRecords.Summary> records) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(UserZone.current());
        UnorderedList list = new UnorderedList();
        for (PublishedRecords.Summary record : records) {
            RouterLink title = new RouterLink(record.title(), PracticeView.class,
                    new RouteParameters("id", String.valueOf(record.id())));
            String where = record.country() == null || record.country().isBlank() ? record.place()
                    : record.place() + ", " + Countries.name(record.country(), getLocale());
            Span facts = new Span(record.publishedAt() == null ? where : where + " · " + day.format(record.publishedAt()));
            facts.addClassName("home-newest-facts");
            list.add(new ListItem(title, facts));
        }
        list.addClassName("home-newest-list");
        Section section = new Section(new H2(getTranslation("home.newest.title")), list,
                new RouterLink(getTranslation("home.newest.all"), PracticesView.class));
        section.addClassName("home-newest");
        return section;
    }
}
