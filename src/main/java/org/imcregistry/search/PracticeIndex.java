package org.imcregistry.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
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

    /** What the start-up check found and did. */
    public record SyncReport(boolean rebuilt, String reason, int added, int updated, int removed, int documents) {
    }

    private final Path path;
    private final SearchAnalysis analysis;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig = PracticeFields.facetsConfig();
    private final IndexSync sync;
    private @Nullable Directory directory;
    private @Nullable IndexWriter writer;
    private @Nullable IndexSearchers searchers;
    private volatile long lastCommit;
    private @Nullable SyncReport lastSync;

    public PracticeIndex(Path path, PracticeSource source) {
        this(path, source, SearchAnalysis.IMPROVED);
    }

    /** An index with the given analysis; the registry always runs {@link SearchAnalysis#IMPROVED}. */
    public PracticeIndex(Path path, PracticeSource source, SearchAnalysis analysis) {
        this.path = path;
        this.analysis = analysis;
        this.analyzer = LanguageAnalyzers.create(analysis);
        this.sync = new IndexSync(source, facetsConfig, analysis);
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
                IndexFiles.verify(directory);
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
            IndexFiles.wipe(path);
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

    public @Nullable SyncReport lastSync() {
        return lastSync;
    }

    private void openWriter(boolean create) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // A rebuild flushes few, large segments (merging them down afterwards cost more than the analysis).
        config.setRAMBufferSizeMB(128);
        writer = new IndexWriter(directory, config);
        searchers = new IndexSearchers(writer, facetsConfig);
    }

    /** Drops everything and indexes every published record again. */
    public synchronized SyncReport rebuild() {
        return rebuildFromSource("requested");
    }

    private SyncReport rebuildFromSource(String reason) {
        try {
            SyncReport report = sync.rebuild(openWriter(), reason);
            commit();
            openSearchers().refresh();
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SyncReport catchUp() {
        try {
            SyncReport report = sync.catchUp(openWriter());
            commit();
            openSearchers().refresh();
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Brings these records up to date after their transaction committed: published ones (re)indexed, others dropped. */
    public void update(Collection<Long> ids) {
        IndexWriter writer = this.writer;
        if (writer == null || !writer.isOpen()) {
            log.warn("Search index closed; records {} will be caught up at the next start", ids);
            return;
        }
        try {
            sync.update(writer, ids);
            openSearchers().refresh();
            if (System.currentTimeMillis() - lastCommit > COMMIT_EVERY_MS) {
                commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        IndexWriter writer = openWriter();
        writer.setLiveCommitData(Map.of("checked", Long.toString(System.currentTimeMillis())).entrySet());
        writer.commit();
        lastCommit = System.currentTimeMillis();
    }

    /** Runs a read against the newest searcher, released afterwards. */
    <T> T withSearcher(IndexSearchers.Work<T> work) {
        return openSearchers().with(work);
    }

    private IndexWriter openWriter() {
        return Objects.requireNonNull(writer, "open() runs at start-up, before the index is used");
    }

    private IndexSearchers openSearchers() {
        return Objects.requireNonNull(searchers, "open() runs at start-up, before the index is used");
    }

    Analyzer analyzer() {
        return analyzer;
    }

    SearchAnalysis analysis() {
        return analysis;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public int documentCount() {
        return withSearcher((searcher, facets) -> searcher.getIndexReader().numDocs());
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
    }
}
