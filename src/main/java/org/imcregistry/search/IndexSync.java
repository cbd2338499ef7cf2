package org.imcregistry.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.imcregistry.search.PracticeIndex.SyncReport;

/**
 * Which documents the index should hold, taken from the database: every published record again, only those whose
 * version differs, or the records one transaction changed. Writes to the writer it is given; committing and making
 * the change visible are the index's part.
 */
final class IndexSync {

    private static final int BATCH = 500;
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Rebuilds analyse on every core; the threads are daemons so that they never hold the application open. */
    private static final ExecutorService ANALYSIS = Executors.newFixedThreadPool(CORES,
            Thread.ofPlatform().name("index-analysis-", 0).daemon(true).factory());

    private final PracticeSource source;
    private final FacetsConfig facetsConfig;

    private final SearchAnalysis analysis;

    IndexSync(PracticeSource source, FacetsConfig facetsConfig, SearchAnalysis analysis) {
        this.analysis = analysis;
        this.source = source;
        this.facetsConfig = facetsConfig;
    }

    /** Drops everything and indexes every published record again. */
    SyncReport rebuild(IndexWriter writer, String reason) throws IOException {
        writer.deleteAll();
        int[] count = {0};
        // Analysis is the costly part and IndexWriter takes documents from several threads at once: each batch is
        // analysed on every core while the next batch is read from the database. At most two batches are held.
        List<Future<?>> previous = new ArrayList<>();
        source.forEachPublished(batch -> {
            List<Future<?>> current = new ArrayList<>();
            int slice = Math.max(1, (batch.size() + CORES - 1) / CORES);
            for (int from = 0; from < batch.size(); from += slice) {
                List<IndexedPractice> part = batch.subList(from, Math.min(batch.size(), from + slice));
                current.add(ANALYSIS.submit(() -> part.forEach(practice -> add(writer, practice))));
            }
            awaitAll(previous);
            previous.clear();
            previous.addAll(current);
            count[0] += batch.size();
        });
        awaitAll(previous);
        // No forceMerge(1): on 100,000 records it took a third of the rebuild, and searches and facet counts work
        // on the few large segments a rebuild flushes (the merge policy merges them further in the background).
        return new SyncReport(true, reason, count[0], 0, 0, count[0]);
    }

    private static void awaitAll(List<Future<?>> futures) {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rebuilding the search index", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }
    }

    /** Re-indexes the records whose version differs from the database and drops those no longer published. */
    SyncReport catchUp(IndexWriter writer) throws IOException {
        Map<Long, Long> database = source.publishedVersions();
        Map<Long, Long> indexed = indexedVersions(writer);
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
        for (int from = 0; from < stale.size(); from += BATCH) {
            for (IndexedPractice practice : source.published(stale.subList(from, Math.min(stale.size(), from + BATCH)))) {
                writer.updateDocument(idTerm(practice.id()), PracticeFields.document(practice, facetsConfig, analysis));
            }
        }
        for (Long id : gone) {
            writer.deleteDocuments(idTerm(id));
        }
        return new SyncReport(false, stale.isEmpty() && gone.isEmpty() ? "in step" : "behind", added,
                stale.size() - added, gone.size(), database.size());
    }

    /** These records as they are now: published ones (re)indexed, the others dropped. */
    void update(IndexWriter writer, Collection<Long> ids) throws IOException {
        Set<Long> remaining = new HashSet<>(ids);
        for (IndexedPractice practice : source.published(ids)) {
            writer.updateDocument(idTerm(practice.id()), PracticeFields.document(practice, facetsConfig, analysis));
            remaining.remove(practice.id());
        }
        for (Long id : remaining) {
            writer.deleteDocuments(idTerm(id));
        }
    }

    private static Map<Long, Long> indexedVersions(IndexWriter writer) throws IOException {
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

    private void add(IndexWriter writer, IndexedPractice practice) {
        try {
            writer.addDocument(PracticeFields.document(practice, facetsConfig, analysis));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term idTerm(long id) {
        return new Term(PracticeFields.ID, Long.toString(id));
    }
}
