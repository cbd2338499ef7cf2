package org.imcregistry.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imcregistry.bootstrap.AppRuns;
import org.imcregistry.search.PracticeIndex;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchPage;
import org.imcregistry.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An online backup of a running app, restored into an empty data directory, holds every row of every table,
 * and the search index rebuilt from it finds every published record.
 */
class BackupRestoreTest {

    @Test
    void aRestoredBackupHoldsEveryRecordAndTheIndexIsRebuilt(@TempDir Path work) throws Exception {
        Path original = work.resolve("original");
        Path restored = work.resolve("restored");

        record Snapshot(Map<String, Long> rowsPerTable, List<String> practiceTitles, Path backup) {
        }
        Snapshot before = AppRuns.with(AppRuns.start("--imc.data-dir=" + original,
                "--spring.profiles.active=demo"), app -> {
            // The demo data fills users, partnerships, assessment rounds, practices and a competition.
            Snapshot snapshot = new Snapshot(rowsPerTable(app), practiceTitles(app),
                    AppRuns.asAdmin(app, () -> app.getBean(DatabaseBackup.class).backupNow()));
            assertThat(snapshot.rowsPerTable()).containsKeys("USER_ACCOUNT", "PRACTICE", "ROUND_ANSWER",
                    "COMPETITION_SCORE");
            return snapshot;
        });
        assertThat(before.backup()).exists().hasParent(original.resolve("backups"));
        assertThat(before.rowsPerTable().values()).as("the demo data is not empty").anyMatch(n -> n > 0);

        // as the README says: start the app on an empty data directory with --restore
        assertThat(restored.resolve("index")).doesNotExist();
        AppRuns.with(AppRuns.start("--imc.data-dir=" + restored, "--restore=" + before.backup()), app -> {
            assertThat(rowsPerTable(app)).isEqualTo(before.rowsPerTable());
            assertThat(practiceTitles(app)).isEqualTo(before.practiceTitles());
            PracticeIndex index = app.getBean(PracticeIndex.class);
            assertThat(index.lastSync().rebuilt()).as("index rebuilt from the restored database").isTrue();
            long published = app.getBean(JdbcTemplate.class)
                    .queryForObject("select count(*) from practice where status = 'PUBLISHED'", Long.class);
            List<SearchPage.Hit> all = app.getBean(PracticeSearch.class)
                    .allHits(new SearchQuery("", Map.of(), SearchQuery.Order.NEWEST, 0, 10));
            assertThat(all).hasSize((int) published);
            assertThat(published).isPositive();
            return null;
        });
    }

    @Test
    void restoreRefusesToOverwriteADatabaseOrReadAForeignFile(@TempDir Path work) throws Exception {
        Path dataDir = work.resolve("data");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("imc.mv.db"), "existing data");
        Path notABackup = Files.writeString(work.resolve("notes.zip"), "plain text");

        assertThatThrownBy(() -> Restore.into(dataDir, notABackup))
                .hasMessageContaining("already holds a database");
        assertThat(Files.readString(dataDir.resolve("imc.mv.db"))).isEqualTo("existing data");

        Path empty = work.resolve("empty");
        assertThatThrownBy(() -> Restore.into(empty, work.resolve("missing.zip")))
                .hasMessageContaining("No backup file");
        assertThatThrownBy(() -> Restore.into(empty, notABackup)).isInstanceOf(java.io.IOException.class);
        assertThat(empty.resolve("imc.mv.db")).doesNotExist();
    }

    private static Map<String, Long> rowsPerTable(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name", String.class)) {
            rows.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        return rows;
    }

    private static List<String> practiceTitles(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class).queryForList("select id || ' ' || title || ' ' || status from practice order by id",
                String.class);
    }

}
