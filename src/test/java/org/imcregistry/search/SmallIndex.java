package org.imcregistry.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** An index over a handful of records written in a test, without a database: for the search's own rules. */
final class SmallIndex implements AutoCloseable {

    private final List<IndexedPractice> records = new ArrayList<>();
    private final Path dir;
    private final SearchAnalysis analysis;
    private PracticeIndex index;

    SmallIndex(Path dir, SearchAnalysis analysis) {
        this.dir = dir;
        this.analysis = analysis;
    }

    /** Adds a record; returns its id. */
    long add(String language, String title, String text) {
        long id = records.size() + 1;
        records.add(new IndexedPractice(id, 1, language, title, "", "Place " + id, "NO", List.of(text), Set.of(),
                Set.of(), 2020, null, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(id)));
        return id;
    }

    PracticeSearch open() {
        index = new PracticeIndex(dir, new PracticeSource() {
            @Override
            public Map<Long, Long> publishedVersions() {
                return records.stream().collect(Collectors.toMap(IndexedPractice::id, IndexedPractice::version));
            }

            @Override
            public List<IndexedPractice> published(Collection<Long> ids) {
                return records.stream().filter(r -> ids.contains(r.id())).toList();
            }

            @Override
            public void forEachPublished(Consumer<List<IndexedPractice>> batch) {
                batch.accept(records);
            }
        }, analysis);
        index.open();
        return new PracticeSearch(index);
    }

    static List<Long> ids(PracticeSearch search, SearchQuery query) {
        return search.search(query).hits().stream().map(SearchPage.Hit::id).toList();
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
        }
    }
}
