package org.imcregistry.practice.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imcregistry.search.Facet;
import org.imcregistry.search.SearchQuery;

/**
 * A search as URL parameters and back: {@code q}, {@code sort}, {@code page} and one parameter per facet.
 * Whatever a hand-edited URL holds is read leniently: an unknown value is ignored, never an error.
 */
final class SearchUrl {

    private static final int MAX_VALUES = 50;

    private SearchUrl() {
    }

    static SearchQuery read(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        String text = first(p, "q");
        SearchQuery.Order order = "newest".equals(first(p, "sort")) ? SearchQuery.Order.NEWEST
                : SearchQuery.Order.RELEVANCE;
        int page = 0;
        try {
            page = Math.min(1000, Math.max(0, Integer.parseInt(first(p, "page")) - 1));
        } catch (NumberFormatException e) {
            page = 0;
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = p.getOrDefault(facet.parameter(), List.of());
            Set<String> kept = new HashSet<>();
            for (String value : values.subList(0, Math.min(values.size(), MAX_VALUES))) {
                if (value != null && !value.isBlank() && value.length() <= 100) {
                    kept.add(value.strip());
                }
            }
            if (!kept.isEmpty()) {
                filters.put(facet, kept);
            }
        }
        return new SearchQuery(text.length() > 1000 ? text.substring(0, 1000) : text, filters, order, page,
                SearchQuery.DEFAULT_PAGE_SIZE);
    }

    static QueryParameters write(SearchQuery query) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!query.text().isBlank()) {
            p.put("q", List.of(query.text()));
        }
        query.filters().forEach((facet, values) -> p.put(facet.parameter(), new ArrayList<>(new java.util.TreeSet<>(values))));
        if (query.order() == SearchQuery.Order.NEWEST) {
            p.put("sort", List.of("newest"));
        }
        if (query.page() > 0) {
            p.put("page", List.of(String.valueOf(query.page() + 1)));
        }
        return new QueryParameters(p);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }
}
