package org.imcregistry.search;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;

/**
 * One page of results: the hits with highlighted snippets (HTML with the record's text escaped and only
 * {@code <mark>} added), the facet counts of the whole result, whether the words were cut or read plainly, and,
 * when the words found little, a spelling that finds more ("did you mean").
 */
public record SearchPage(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets, boolean truncated,
        @Nullable String suggestion) {

    public SearchPage(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets, boolean truncated) {
        this(total, hits, facets, truncated, null);
    }

    /**
     * A result. {@code matchedThrough} names the glossary terms in another language (or another wording) that
     * found it when the words themselves did not; empty when the words matched.
     */
    public record Hit(long id, String title, @Nullable String place, @Nullable String country, @Nullable Integer year,
            String language, List<String> themes, List<Integer> sdgs, String snippetHtml, List<String> matchedThrough) {

        public Hit(long id, String title, @Nullable String place, @Nullable String country, @Nullable Integer year,
                String language, List<String> themes, List<Integer> sdgs, String snippetHtml) {
            this(id, title, place, country, year, language, themes, sdgs, snippetHtml, List.of());
        }

        public Hit withMatchedThrough(List<String> terms) {
            return new Hit(id, title, place, country, year, language, themes, sdgs, snippetHtml, List.copyOf(terms));
        }
    }

    public record FacetCount(String value, int count) {
    }
}
