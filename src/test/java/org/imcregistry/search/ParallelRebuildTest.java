package org.imcregistry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild analyses each batch on every core while the next one is read: every record of every batch ends up in
 * the index exactly once, and a record that cannot be indexed fails the rebuild instead of vanishing silently.
 */
class ParallelRebuildTest {

    @TempDir
    Path dir;

    @Test
    void everyRecordOfEveryBatchIsIndexedOnce() {
        try (PracticeIndex index = new PracticeIndex(dir, new Batches(2_345, 1_000, -1))) {
            PracticeIndex.SyncReport report = index.open();

            assertThat(report.rebuilt()).isTrue();
            assertThat(report.documents()).isEqualTo(2_345);
            assertThat(index.documentCount()).isEqualTo(2_345);
            Set<Long> ids = new HashSet<>(new PracticeSearch(index).matching(new SearchQuery("", Map.of(),
                    SearchQuery.Order.NEWEST, 0, 10), 5_000).ids());
            assertThat(ids).hasSize(2_345).contains(1L, 1_000L, 1_001L, 2_345L);
        }
    }

    @Test
    void aRecordThatCannotBeIndexedFailsTheRebuild() {
        PracticeIndex index = new PracticeIndex(dir, new Batches(1_500, 1_000, 1_200));
        try {
            assertThatThrownBy(index::open).isInstanceOf(RuntimeException.class);
        } finally {
            index.close();
        }
    }

    /** {@code count} published records in batches; the one with id {@code broken} has no language (null). */
    private record Batches(int count, int batch, long broken) implements PracticeSource {

        @Override
        public Map<Long, Long> publishedVersions() {
            return Map.of();
        }

        @Override
        public List<IndexedPractice> published(Collection<Long> ids) {
            return List.of();
        }

        @Override
        @SuppressWarnings("NullAway") // the broken record carries a null where none belongs, on purpose
        public void forEachPublished(Consumer<List<IndexedPractice>> consumer) {
            for (int from = 1; from <= count; from += batch) {
                List<IndexedPractice> records = new ArrayList<>();
                for (long id = from; id < Math.min(count + 1, from + batch); id++) {
                    records.add(new IndexedPractice(id, 0, id == broken ? null : "en", "Road maintenance " + id, "",
                            "Place " + id, "NO", List.of("Winter road maintenance shared by neighbours."), Set.of(),
                            Set.of(), 2020, null, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(id)));
                }
                consumer.accept(records);
            }
        }
    }
}
