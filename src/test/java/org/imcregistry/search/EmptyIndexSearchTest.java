package org.imcregistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new site's registry holds no published record yet: searching it, with filters and for facets, finds
 * nothing and says so instead of failing (Lucene builds no facet state over an index without facet fields).
 */
class EmptyIndexSearchTest {

    private static final PracticeSource NOTHING_PUBLISHED = new PracticeSource() {
        @Override
        public Map<Long, Long> publishedVersions() {
            return Map.of();
        }

        @Override
        public List<IndexedPractice> published(Collection<Long> ids) {
            return List.of();
        }

        @Override
        public void forEachPublished(Consumer<List<IndexedPractice>> batch) {
        }
    };

    @Test
    void searchesFiltersFacetsAndSimilarOnAnEmptyIndexFindNothing(@TempDir Path dir) {
        try (PracticeIndex index = new PracticeIndex(dir, NOTHING_PUBLISHED)) {
            index.open();
            PracticeSearch search = new PracticeSearch(index);

            SearchPage all = search.search(SearchQuery.of(""));
            assertThat(all.total()).isZero();
            assertThat(all.hits()).isEmpty();
            assertThat(all.facets().values()).allSatisfy(values -> assertThat(values).isEmpty());

            SearchPage filtered = search.search(SearchQuery.of("waste").withFilter(Facet.THEME, "WASTE")
                    .withFilter(Facet.COUNTRY, "NO").withFilter(Facet.YEAR, "2020"));
            assertThat(filtered.total()).isZero();
            assertThat(search.allHits(SearchQuery.of("").withFilter(Facet.SDG, "11"))).isEmpty();
            assertThat(search.similar(1, 5)).isEmpty();
            assertThat(search.about("trust cooperation", 3)).isEmpty();
        }
    }
}
