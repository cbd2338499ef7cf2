package org.imcregistry.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A search as URL parameters and back: {@code q}, {@code sort}, {@code page} (from 1), {@code across=off}
 * and one parameter per facet.
 * The app's search page and the public feed read the same parameters, so a search can be followed as a feed.
 * Whatever a hand-edited URL holds is read leniently: an unknown value is ignored, never an error.
 */
public final class SearchParameters {

    private static final int MAX_VALUES = 50;
    private static final int MAX_PAGE = 1000;
    /** {@code across=off}: glossary terms find only records in the words typed, not in the other languages. */
    static final String ACROSS = "across";

    private SearchParameters() {
    }

    public static SearchQuery read(Map<String, List<String>> parameters, int pageSize) {
        String text = first(parameters, "q");
        SearchQuery.Order order = "newest".equals(first(parameters, "sort")) ? SearchQuery.Order.NEWEST
                : SearchQuery.Order.RELEVANCE;
        int page;
        try {
            page = Math.min(MAX_PAGE, Math.max(0, Integer.parseInt(first(parameters, "page")) - 1));
        } catch (NumberFormatException e) {
            page = 0;
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of());
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
        boolean across = !"off".equals(first(parameters, ACROSS));
        return new SearchQuery(text.length() > 1000 ? text.substring(0, 1000) : text, filters, order, page, pageSize,
                across);
    }

    public static Map<String, List<String>> write(SearchQuery query) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!query.text().isBlank()) {
            p.put("q", List.of(query.text()));
        }
        query.filters().forEach((facet, values) -> p.put(facet.parameter(), new ArrayList<>(new TreeSet<>(values))));
        if (query.order() == SearchQuery.Order.NEWEST) {
            p.put("sort", List.of("newest"));
        }
        if (!query.acrossLanguages()) {
            p.put(ACROSS, List.of("off"));
        }
        if (query.page() > 0) {
            p.put("page", List.of(String.valueOf(query.page() + 1)));
        }
        return p;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }
}
