package org.imcregistry.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of a search, as the app's search view has it: the hits, how many there are in all, and the facet counts of
 * the whole result, with absolute links to the pages before and after.
 */
@Schema(name = "SearchResult")
record SearchJson(
        @Schema(description = "How many public records match, on every page together.") long total,
        @Schema(description = "This page, from 1.") int page,
        int size,
        int pages,
        List<Item> items,
        @Schema(description = "For each facet (theme, sdg, country, language, year, form): its values among all "
                + "matches with their counts, most frequent first (up to 40).") Map<String, List<FacetValue>> facets,
        @Schema(description = "Whether the query was shortened or read as plain words because of its syntax.")
        boolean queryAdjusted,
        Links links) {

    /** A hit: what a result list shows, with the addresses of the whole record. */
    @Schema(name = "SearchItem")
    record Item(long id, String url, String apiUrl, String title, @Nullable String place, @Nullable String country,
            @Nullable Integer startYear, String language, List<String> themes, List<Integer> sdgs,
            @Schema(description = "Words around the match as HTML: the record's text escaped, matches in <mark>.")
            String snippetHtml,
            RecordJson.Licence licence,
            @Schema(format = "date-time") @Nullable String datePublished,
            @Schema(format = "date-time") String dateModified) {
    }

    record FacetValue(String value, int count) {
    }

    /** Absolute addresses of this page and its neighbours; null past either end. */
    record Links(String self, @Nullable String next, @Nullable String previous) {
    }
}
