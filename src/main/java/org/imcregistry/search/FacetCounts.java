package org.imcregistry.search;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** How many of a search's results carry each value of each facet, for the ticks beside the results. */
final class FacetCounts {

    private static final int FACET_VALUES = 40;

    private FacetCounts() {
    }

    /** Facets the index holds no value of are left out; {@code state} is null for an index without any. */
    static Map<Facet, List<SearchPage.FacetCount>> of(@Nullable SortedSetDocValuesReaderState state,
            FacetsCollector hits) throws IOException {
        Map<Facet, List<SearchPage.FacetCount>> counts = new EnumMap<>(Facet.class);
        if (state == null || state.getSize() == 0) {
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, hits);
        Set<String> known = new HashSet<>();
        state.getDims().forEach(known::add);
        for (Facet facet : Facet.values()) {
            if (!known.contains(facet.dimension())) {
                continue;
            }
            FacetResult top = facets.getTopChildren(FACET_VALUES, facet.dimension());
            List<SearchPage.FacetCount> values = new ArrayList<>();
            if (top != null) {
                Arrays.stream(top.labelValues).forEach(lv -> values.add(new SearchPage.FacetCount(lv.label,
                        lv.value.intValue())));
            }
            counts.put(facet, values);
        }
        return counts;
    }
}
