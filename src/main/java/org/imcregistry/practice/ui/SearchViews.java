package org.imcregistry.practice.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;
import org.imcregistry.search.SearchQuery;

/**
 * "List | Map": the same search seen as the result list (the default, and the accessible way) or on the map. Both
 * links carry the search's words, filters and order, so switching keeps what was asked for; the one shown is marked
 * as the current page.
 */
final class SearchViews extends Nav {

    private final RouterLink list = new RouterLink();
    private final RouterLink map = new RouterLink();

    SearchViews(boolean onMap) {
        addClassName("view-switch");
        getElement().setAttribute("aria-label", getTranslation("practices.view.switch"));
        list.setText(getTranslation("practices.view.list"));
        list.setRoute(PracticesView.class);
        map.setText(getTranslation("practices.view.map"));
        map.setRoute(PracticesMapView.class);
        (onMap ? map : list).getElement().setAttribute("aria-current", "page");
        add(list, map);
    }

    /** Points both links at this search, from its first page. */
    void follow(SearchQuery query) {
        SearchQuery first = new SearchQuery(query.text(), query.filters(), query.order(), 0, query.pageSize(),
                query.acrossLanguages());
        list.setQueryParameters(SearchUrl.write(first));
        map.setQueryParameters(SearchUrl.write(first));
    }
}
