package org.imcregistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facet counts beside the results, counted from the segments' ordinals held in memory, are the counts Lucene's own
 * facet module gives, value for value and in the same order, over an index of several segments with deletions.
 */
class FacetCountsTest {

    @TempDir
    Path dir;

    @Test
    void countsEqualLucenesOverSeveralSegmentsWithDeletions() throws Exception {
        FacetsConfig config = PracticeFields.facetsConfig();
        Random random = new Random(3);
        List<String> themes = List.of("WASTE", "FIRE_RESCUE", "HEALTH_CARE", "EDUCATION", "TOURISM_CULTURE");
        List<String> countries = List.of("NO", "PL", "SE", "DK");
        try (var directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory,
                        new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 3_000; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                doc.add(new StringField("half", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                // some records carry no facet value at all, some several themes and goals
                if (i % 17 != 0) {
                    for (int t = 0; t <= random.nextInt(3); t++) {
                        doc.add(new SortedSetDocValuesFacetField(Facet.THEME.dimension(),
                                themes.get(random.nextInt(themes.size()))));
                    }
                    doc.add(new SortedSetDocValuesFacetField(Facet.SDG.dimension(), String.valueOf(1 + random.nextInt(17))));
                    if (i % 5 != 0) {
                        doc.add(new SortedSetDocValuesFacetField(Facet.COUNTRY.dimension(),
                                countries.get(random.nextInt(countries.size()))));
                    }
                    doc.add(new SortedSetDocValuesFacetField(Facet.YEAR.dimension(), String.valueOf(2000 + i % 60)));
                }
                writer.addDocument(config.build(doc));
                if (i % 1_000 == 999) {
                    writer.commit();
                }
            }
            for (int i = 0; i < 3_000; i += 7) {
                writer.deleteDocuments(new Term("id", Integer.toString(i)));
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(2);
                IndexSearcher searcher = new IndexSearcher(reader);
                var state = new DefaultSortedSetDocValuesReaderState(reader, config);
                for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("half", "odd")))) {
                    FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
                    Map<Facet, List<SearchPage.FacetCount>> ours = FacetCounts.of(state, hits);
                    assertThat(ours).isEqualTo(lucenes(state, hits));
                    // sixty years, odd ones only in half: the list is cut at forty
                    assertThat(ours.get(Facet.YEAR)).hasSize(query instanceof MatchAllDocsQuery ? 40 : 30);
                    // and the second time, from the ordinals now held
                    assertThat(FacetCounts.of(state, hits)).isEqualTo(ours);
                }
            }
        }
    }

    private static Map<Facet, List<SearchPage.FacetCount>> lucenes(DefaultSortedSetDocValuesReaderState state,
            FacetsCollector hits) throws Exception {
        var facets = new SortedSetDocValuesFacetCounts(state, hits);
        Map<Facet, List<SearchPage.FacetCount>> counts = new EnumMap<>(Facet.class);
        for (String dim : state.getDims()) {
            Facet facet = java.util.Arrays.stream(Facet.values()).filter(f -> f.dimension().equals(dim)).findFirst()
                    .orElseThrow();
            FacetResult top = facets.getTopChildren(40, dim);
            List<SearchPage.FacetCount> values = new ArrayList<>();
            if (top != null) {
                for (var value : top.labelValues) {
                    values.add(new SearchPage.FacetCount(value.label, value.value.intValue()));
                }
            }
            counts.put(facet, values);
        }
        return counts;
    }
}
