package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.municipality.Countries;
import org.imcregistry.search.SearchPage;

/** One result of the search: its title as a link to the record, where and since when, the snippet, its themes. */
final class HitCard extends Section {

    HitCard(SearchPage.Hit hit, PracticeLabels labels) {
        RouterLink title = new RouterLink(hit.title(), PracticeView.class,
                new RouteParameters("id", String.valueOf(hit.id())));
        List<String> facts = new ArrayList<>();
        if (hit.place() != null) {
            facts.add(hit.place());
        }
        if (hit.country() != null) {
            facts.add(Countries.name(hit.country(), getLocale()));
        }
        if (hit.year() != null) {
            facts.add(getTranslation("practice.since", hit.year()));
        }
        facts.add(labels.language(hit.language()));
        Paragraph meta = new Paragraph(String.join(" · ", facts));
        meta.addClassName("hit-meta");
        add(new H2(title), meta);
        if (hit.snippetHtml() != null && !hit.snippetHtml().isEmpty()) {
            // Safe: the search escapes the record's text and adds only <mark>.
            add(new Html("<p class=\"snippet\">" + hit.snippetHtml() + "</p>"));
        }
        if (!hit.matchedThrough().isEmpty()) {
            // Found through the glossary only: say in which words, so that a hit in another language makes sense.
            Paragraph through = new Paragraph(getTranslation("practices.matched-through",
                    String.join(", ", hit.matchedThrough())));
            through.addClassName("matched-through");
            add(through);
        }
        if (!hit.themes().isEmpty()) {
            Div tags = new Div();
            tags.addClassName("tags");
            hit.themes().forEach(t -> tags.add(new Span(labels.theme(t))));
            add(tags);
        }
        addClassName("hit");
    }
}
