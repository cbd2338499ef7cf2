package org.imcregistry.practice.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.imcregistry.search.Facet;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;

/**
 * Beside the results: each facet's values with their counts as ticks; a tick narrows the search, and a ticked
 * value stays listed even when nothing matches it any more, so it can be unticked.
 */
final class FacetPanel extends Div {

    private final Consumer<SearchQuery> go;

    FacetPanel(Consumer<SearchQuery> go) {
        this.go = go;
        addClassName("facets");
        getElement().setAttribute("aria-label", getTranslation("practices.facets"));
        getElement().setAttribute("role", "region");
    }

    void show(SearchPage page, SearchQuery query, PracticeLabels labels) {
        removeAll();
        for (Facet facet : Facet.values()) {
            List<SearchPage.FacetCount> counts = new ArrayList<>(page.facets().getOrDefault(facet, List.of()));
            Set<String> selected = query.filters().getOrDefault(facet, Set.of());
            Set<String> shown = counts.stream().map(SearchPage.FacetCount::value).collect(Collectors.toSet());
            selected.stream().filter(v -> !shown.contains(v)).forEach(v -> counts.add(new SearchPage.FacetCount(v, 0)));
            if (counts.isEmpty()) {
                continue;
            }
            if (facet == Facet.YEAR || facet == Facet.SDG) {
                counts.sort(Comparator.comparing(c -> Integer.parseInt(c.value())));
            }
            Div group = new Div(new H3(getTranslation("practices.facet." + facet.name())));
            group.addClassName("facet");
            for (SearchPage.FacetCount count : counts) {
                Checkbox box = new Checkbox(labels.label(facet, count.value()) + " (" + count.count() + ")");
                box.setValue(selected.contains(count.value()));
                box.addValueChangeListener(e -> go.accept(toggle(query, facet, count.value(), e.getValue())));
                group.add(box);
            }
            add(group);
        }
    }

    private static SearchQuery toggle(SearchQuery query, Facet facet, String value, boolean on) {
        var filters = new EnumMap<Facet, Set<String>>(Facet.class);
        filters.putAll(query.filters());
        Set<String> values = new HashSet<>(filters.getOrDefault(facet, Set.of()));
        if (on) {
            values.add(value);
        } else {
            values.remove(value);
        }
        filters.put(facet, values);
        return new SearchQuery(query.text(), filters, query.order(), 0, query.pageSize(), query.acrossLanguages());
    }
}
