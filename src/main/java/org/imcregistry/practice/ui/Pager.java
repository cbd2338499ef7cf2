package org.imcregistry.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.imcregistry.search.SearchQuery;

/** Previous and next page of a search, and which page of how many this is. */
final class Pager extends HorizontalLayout {

    Pager(SearchQuery query, long total, Consumer<SearchQuery> go) {
        int pages = (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        Button previous = new Button(getTranslation("practices.previous"), VaadinIcon.ANGLE_LEFT.create(),
                e -> go.accept(page(query, query.page() - 1)));
        previous.setEnabled(query.page() > 0);
        Button next = new Button(getTranslation("practices.next"), VaadinIcon.ANGLE_RIGHT.create(),
                e -> go.accept(page(query, query.page() + 1)));
        next.setIconAfterText(true);
        next.setEnabled(query.page() + 1 < pages);
        Span where = new Span(getTranslation("practices.page", query.page() + 1, pages));
        add(previous, where, next);
        addClassName("pager");
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    private static SearchQuery page(SearchQuery query, int page) {
        return new SearchQuery(query.text(), query.filters(), query.order(), page, query.pageSize(),
                query.acrossLanguages());
    }
}
