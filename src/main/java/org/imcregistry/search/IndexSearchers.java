package org.imcregistry.search;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;

/**
 * Hands out the newest searcher of one open writer together with the facet state of its reader, and always takes
 * the searcher back. Lives as long as the writer it reads (near real time).
 */
final class IndexSearchers implements AutoCloseable {

    /** Large result sets are counted and scored one slice of segments per core. */
    private static final ExecutorService SEARCH_THREADS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("search-", 0).daemon(true).factory());

    private final SearcherManager manager;
    private final FacetsConfig facetsConfig;
    private volatile @Nullable FacetState facetState;

    private record FacetState(IndexReader reader, @Nullable SortedSetDocValuesReaderState state) {
    }

    @FunctionalInterface
    interface Work<T> {
        /** {@code facets} is null while the index holds no document with facet values. */
        T run(IndexSearcher searcher, @Nullable SortedSetDocValuesReaderState facets) throws IOException;
    }

    IndexSearchers(IndexWriter writer, FacetsConfig facetsConfig) throws IOException {
        this.facetsConfig = facetsConfig;
        this.manager = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, SEARCH_THREADS);
            }
        });
    }

    /** Makes what the writer holds now visible to the next search; returns once it is. */
    void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    /** Runs a read against the newest searcher, released afterwards. */
    <T> T with(Work<T> work) {
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return work.run(searcher, facetState(searcher.getIndexReader()));
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Facet ordinals are computed once per reader, not per query. */
    private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            synchronized (this) {
                current = facetState;
                if (current == null || current.reader() != reader) {
                    current = new FacetState(reader, hasFacets(reader)
                            ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null);
                    facetState = current;
                }
            }
        }
        return current.state();
    }

    /**
     * Lucene refuses to build facet state over an index that never held a document with facet fields (a new
     * site's empty registry), so such a reader simply has none.
     */
    private static boolean hasFacets(IndexReader reader) {
        return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos()
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }

    @Override
    public void close() throws IOException {
        facetState = null;
        manager.close();
    }
}
