package org.imcregistry.practice.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;

/** Beside a record: the published records most like it, by the words that characterise it. */
final class SimilarPractices extends Aside {

    private static final int SHOWN = 5;

    SimilarPractices(long id, PracticeSearch search) {
        add(new H2(getTranslation("practice.similar")));
        addClassName("similar");
        List<SearchPage.Hit> hits = search.similar(id, SHOWN);
        if (hits.isEmpty()) {
            add(new Paragraph(getTranslation("practice.similar.none")));
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
        add(list);
    }
}
