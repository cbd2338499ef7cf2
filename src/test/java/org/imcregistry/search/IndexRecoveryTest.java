package org.imcregistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.PracticeFixture;
import org.imcregistry.practice.RecordLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database is the source of truth: a missing, damaged or outdated index is repaired when the app opens it. */
@IntegrationTest
@Import(PracticeFixture.class)
class IndexRecoveryTest {

    @Autowired
    PracticeFixture fixture;
    @Autowired
    PracticeIndex index;
    @Autowired
    PracticeSearch search;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reopen() {
        fixture.anonymous();
        if (index.lastSync() == null) {
            index.open();
        }
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheDatabase() throws IOException {
        long id = fixture.published(PracticeFixture.content("Quillby road maintenance", RecordLanguage.EN,
                "Quillby maintains its roads with two neighbours.", Set.of(), Set.of(), "NO", 2020));
        index.close();
        deleteRecursively(index.path());

        PracticeIndex.SyncReport report = index.open();

        assertThat(report.rebuilt()).isTrue();
        assertThat(report.reason()).isEqualTo("missing");
        assertThat(index.documentCount()).isEqualTo(publishedInDatabase());
        assertThat(ids("quillby")).containsExactly(id);
    }

    @Test
    void aDamagedIndexIsDetectedAndRebuilt() throws IOException {
        long id = fixture.published(PracticeFixture.content("Thrumble youth centre", RecordLanguage.EN,
                "Thrumble runs a youth centre for three municipalities.", Set.of(), Set.of(), "NO", 2020));
        index.close();
        Path largest;
        try (Stream<Path> files = Files.list(index.path())) {
            largest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(IndexRecoveryTest::size)).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write("garbage written over the middle of the file".getBytes());
        }

        PracticeIndex.SyncReport report = index.open();

        assertThat(report.rebuilt()).isTrue();
        assertThat(report.reason()).isEqualTo("damaged");
        assertThat(index.documentCount()).isEqualTo(publishedInDatabase());
        assertThat(ids("thrumble")).containsExactly(id);
    }

    @Test
    void anIndexBehindTheDatabaseIsCaughtUpWithoutARebuild() {
        long changed = fixture.published(PracticeFixture.content("Grindlewick ferry", RecordLanguage.EN,
                "Grindlewick runs a ferry.", Set.of(), Set.of(), "NO", 2020));
        long withdrawn = fixture.published(PracticeFixture.content("Grindlewick bridge", RecordLanguage.EN,
                "Grindlewick plans a bridge.", Set.of(), Set.of(), "NO", 2020));
        index.close();
        // Changes the index never heard of, as after a crash between commit and indexing.
        jdbc.update("update practice set title = 'Grindlewick night ferry', version = version + 1 where id = ?", changed);
        jdbc.update("update practice set status = 'REJECTED', version = version + 1 where id = ?", withdrawn);

        PracticeIndex.SyncReport report = index.open();

        assertThat(report.rebuilt()).isFalse();
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);
        assertThat(ids("grindlewick")).containsExactly(changed);
        assertThat(ids("night ferry")).containsExactly(changed);
        assertThat(index.open().reason()).isEqualTo("in step");
    }

    private java.util.List<Long> ids(String text) {
        return search.search(SearchQuery.of(text)).hits().stream().map(SearchPage.Hit::id).toList();
    }

    private int publishedInDatabase() {
        return jdbc.queryForObject("select count(*) from practice where status = 'PUBLISHED'", Integer.class);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
