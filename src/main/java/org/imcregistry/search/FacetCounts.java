package org.imcregistry.search;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

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
        SortedSetDocValues labels = state.getDocValues();
        int[] perValue = FacetOrdinals.count(state, labels, hits);
        Set<String> known = new HashSet<>();
        state.getDims().forEach(known::add);
        for (Facet facet : Facet.values()) {
            if (known.contains(facet.dimension())) {
                counts.put(facet, top(perValue, state.getOrdRange(facet.dimension()), labels));
            }
        }
        return counts;
    }

    /** The values of one facet that hits carry, the most frequent first (as Lucene orders them: ties by value). */
    private static List<SearchPage.FacetCount> top(int[] perValue, SortedSetDocValuesReaderState.OrdRange range,
            SortedSetDocValues labels) throws IOException {
        List<Integer> carried = new ArrayList<>();
        for (int ordinal = range.start(); ordinal <= range.end(); ordinal++) {
            if (perValue[ordinal] > 0) {
                carried.add(ordinal);
            }
        }
        carried.sort(Comparator.comparingInt((Integer o) -> perValue[o]).reversed().thenComparingInt(o -> o));
        List<SearchPage.FacetCount> values = new ArrayList<>();
        for (int ordinal : carried.subList(0, Math.min(FACET_VALUES, carried.size()))) {
            String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ordinal).utf8ToString());
            values.add(new SearchPage.FacetCount(path[path.length - 1], perValue[ordinal]));
        }
        return values;
    }
}
