package org.imcregistry.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of published records, derived from the database. Changes reach it right after their
 * transaction commits (near real time); on start-up it is checked against the database and rebuilt when
 * missing or damaged, or caught up when behind. Searches never wait for the database.
 */
public class PracticeIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PracticeIndex.class);
    private static final long COMMIT_EVERY_MS = 5_000;
    /** Large result sets are counted and scored one slice of segments per core. */
    private static final java.util.concurrent.ExecutorService SEARCH_THREADS = java.util.concurrent.Executors
            .newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), Thread.ofPlatform()
                    .name("search-", 0).daemon(true).factory());

    /** What the start-up check found and did. */
    public record SyncReport(boolean rebuilt, String reason, int added, int updated, int removed, int documents) {
    }

    private final Path path;
    private final PracticeSource source;
    private final Analyzer analyzer = LanguageAnalyzers.create();
    private final FacetsConfig facetsConfig = PracticeFields.facetsConfig();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile FacetState facetState;
    private volatile long lastCommit;
    private SyncReport lastSync;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public PracticeIndex(Path path, PracticeSource source) {
        this.path = path;
        this.source = source;
    }

    /** Opens the index, rebuilding it when it is missing or fails its checksums, then catches up with the database. */
    public synchronized SyncReport open() {
        if (writer != null) {
            close();
        }
        String reason = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(directory)) {
                reason = "missing";
            } else {
                verify(directory);
            }
            openWriter(reason != null);
        } catch (LockObtainFailedException inUse) {
            // Another running instance owns this index: never wipe it, stop and say so.
            closeQuietly();
            throw new IllegalStateException("The search index at " + path + " is in use by another process", inUse);
        } catch (IOException | RuntimeException damaged) {
            log.warn("Search index at {} is damaged ({}); rebuilding it from the database", path, damaged.toString());
            reason = "damaged";
            closeQuietly();
            wipe();
            try {
                directory = FSDirectory.open(path);
                openWriter(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lastSync = reason == null ? catchUp() : rebuildFromSource(reason);
        log.info("Search index: {}", lastSync);
        return lastSync;
    }

    public Path path() {
        return path;
    }

    public SyncReport lastSync() {
        return lastSync;
    }

    /** Every stored file's checksum is read; a damaged byte anywhere fails here, not in a user's search. */
    private static void verify(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        }
    }

    private void openWriter(boolean create) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, SEARCH_THREADS);
            }
        });
    }

    /** Drops everything and indexes every published record again. */
    public synchronized SyncReport rebuild() {
        return rebuildFromSource("requested");
    }

    private SyncReport rebuildFromSource(String reason) {
        try {
            writer.deleteAll();
            int[] count = {0};
            // IndexWriter takes documents from several threads at once; analysis is the costly part.
            source.forEachPublished(batch -> {
                batch.parallelStream().forEach(this::add);
                count[0] += batch.size();
            });
            // A freshly built index is merged down, so searches and facet counts need no per-segment mapping.
            writer.forceMerge(1);
            commit();
            searchers.maybeRefreshBlocking();
            return new SyncReport(true, reason, count[0], 0, 0, count[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-indexes the records whose version differs from the database and drops those no longer published. */
    private SyncReport catchUp() {
        try {
            Map<Long, Long> database = source.publishedVersions();
            Map<Long, Long> indexed = indexedVersions();
            List<Long> stale = new ArrayList<>();
            int added = 0;
            for (var entry : database.entrySet()) {
                Long version = indexed.get(entry.getKey());
                if (!entry.getValue().equals(version)) {
                    stale.add(entry.getKey());
                    added += version == null ? 1 : 0;
                }
            }
            Set<Long> gone = new HashSet<>(indexed.keySet());
            gone.removeAll(database.keySet());
            for (int from = 0; from < stale.size(); from += 500) {
                for (IndexedPractice practice : source.published(stale.subList(from, Math.min(stale.size(), from + 500)))) {
                    writer.updateDocument(idTerm(practice.id()), PracticeFields.document(practice, facetsConfig));
                }
            }
            for (Long id : gone) {
                writer.deleteDocuments(idTerm(id));
            }
            commit();
            searchers.maybeRefreshBlocking();
            return new SyncReport(false, stale.isEmpty() && gone.isEmpty() ? "in step" : "behind", added,
                    stale.size() - added, gone.size(), database.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<Long, Long> indexedVersions() throws IOException {
        Map<Long, Long> versions = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues ids = leaf.reader().getNumericDocValues(PracticeFields.ID_VALUE);
                NumericDocValues vs = leaf.reader().getNumericDocValues(PracticeFields.VERSION);
                Bits live = leaf.reader().getLiveDocs();
                if (ids == null || vs == null) {
                    continue;
                }
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && vs.advanceExact(doc)) {
                        versions.put(ids.longValue(), vs.longValue());
                    }
                }
            }
        }
        return versions;
    }

    /** Brings these records up to date after their transaction committed: published ones (re)indexed, others dropped. */
    public void update(Collection<Long> ids) {
        if (writer == null || !writer.isOpen()) {
            log.warn("Search index closed; records {} will be caught up at the next start", ids);
            return;
        }
        try {
            List<IndexedPractice> published = source.published(ids);
            Set<Long> remaining = new HashSet<>(ids);
            for (IndexedPractice practice : published) {
                writer.updateDocument(idTerm(practice.id()), PracticeFields.document(practice, facetsConfig));
                remaining.remove(practice.id());
            }
            for (Long id : remaining) {
                writer.deleteDocuments(idTerm(id));
            }
            searchers.maybeRefreshBlocking();
            if (System.currentTimeMillis() - lastCommit > COMMIT_EVERY_MS) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(IndexedPractice practice) {
        try {
            writer.addDocument(PracticeFields.document(practice, facetsConfig));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of("checked", Long.toString(System.currentTimeMillis())).entrySet());
        writer.commit();
        lastCommit = System.currentTimeMillis();
    }

    /** Runs a read against the newest searcher, released afterwards. */
    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher, facetState(searcher.getIndexReader()));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        /** {@code facets} is null while the index holds no document with facet values. */
        T run(IndexSearcher searcher, SortedSetDocValuesReaderState facets) throws IOException;
    }

    /** Facet ordinals are computed once per reader, not per query. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
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

    Analyzer analyzer() {
        return analyzer;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public int documentCount() {
        return withSearcher((searcher, facets) -> searcher.getIndexReader().numDocs());
    }

    private static Term idTerm(long id) {
        return new Term(PracticeFields.ID, Long.toString(id));
    }

    @Override
    public synchronized void close() {
        try {
            if (writer != null && writer.isOpen()) {
                commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not commit the search index on close: {}", e.toString());
        }
        closeQuietly();
    }

    private void closeQuietly() {
        for (AutoCloseable closeable : new AutoCloseable[] {searchers, writer, directory}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                log.debug("closing {}", closeable, e);
            }
        }
        searchers = null;
        writer = null;
        directory = null;
        facetState = null;
    }

    private void wipe() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(path)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
