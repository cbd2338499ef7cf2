package org.imcregistry.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a person asked for: the words in the box, the facet values ticked, the order and the page, and whether
 * glossary terms also find records in the other languages ({@code acrossLanguages}, on unless turned off).
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, Order order, int page, int pageSize,
        boolean acrossLanguages) {

    public static final int DEFAULT_PAGE_SIZE = 10;

    /** Result order. */
    public enum Order { RELEVANCE, NEWEST }

    public SearchQuery {
        text = text == null ? "" : text;
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
        order = order == null ? Order.RELEVANCE : order;
        page = Math.max(0, page);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, 100);
    }

    public SearchQuery(String text, Map<Facet, Set<String>> filters, Order order, int page, int pageSize) {
        this(text, filters, order, page, pageSize, true);
    }

    /** The same search with the expansion across languages on or off, from the first page. */
    public SearchQuery acrossLanguages(boolean on) {
        return new SearchQuery(text, filters, order, 0, pageSize, on);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), Order.RELEVANCE, 0, DEFAULT_PAGE_SIZE);
    }

    public SearchQuery withFilter(Facet facet, String value) {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.merge(facet, Set.of(value), (a, b) -> {
            java.util.Set<String> both = new java.util.HashSet<>(a);
            both.addAll(b);
            return both;
        });
        return new SearchQuery(text, copy, order, 0, pageSize, acrossLanguages);
    }
}
