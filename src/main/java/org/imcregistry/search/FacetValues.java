package org.imcregistry.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.MatchAllDocsQuery;

/**
 * Every value of a facet among all published records, with its count: the public lists by theme, country and goal
 * link to each value, where the search page shows only the most frequent ones.
 */
public class FacetValues {

    private final PracticeIndex index;

    public FacetValues(PracticeIndex index) {
        this.index = index;
    }

    /** Most frequent first, then by value; empty while no published record has a value for it. */
    public List<SearchPage.FacetCount> of(Facet facet) {
        return index.withSearcher((searcher, state) -> {
            if (state == null || state.getSize() == 0 || !hasDimension(state, facet)) {
                return List.of();
            }
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher,
                    MatchAllDocsQuery.INSTANCE, 1, new FacetsCollectorManager());
            FacetResult all = new SortedSetDocValuesFacetCounts(state, result.facetsCollector())
                    .getAllChildren(facet.dimension());
            if (all == null) {
                return List.of();
            }
            return Arrays.stream(all.labelValues).map(lv -> new SearchPage.FacetCount(lv.label, lv.value.intValue()))
                    .sorted(Comparator.comparingInt(SearchPage.FacetCount::count).reversed()
                            .thenComparing(SearchPage.FacetCount::value))
                    .toList();
        });
    }

    /** Lucene throws for a dimension no indexed record has a value for (e.g. no record names a country yet). */
    private static boolean hasDimension(SortedSetDocValuesReaderState state, Facet facet) {
        for (String dimension : state.getDims()) {
            if (dimension.equals(facet.dimension())) {
                return true;
            }
        }
        return false;
    }
}
