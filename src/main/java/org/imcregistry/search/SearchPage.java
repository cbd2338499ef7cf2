package org.imcregistry.search;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;

/**
 * One page of results: the hits with highlighted snippets (HTML with the record's text escaped and only
 * {@code <mark>} added), the facet counts of the whole result, and whether the words were cut or read plainly.
 */
public record SearchPage(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets, boolean truncated) {

    public record Hit(long id, String title, @Nullable String place, @Nullable String country, @Nullable Integer year, String language,
            List<String> themes, List<Integer> sdgs, String snippetHtml) {
    }

    public record FacetCount(String value, int count) {
    }
}
