package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.TableWriter;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Records from a spreadsheet: a report of every row first, then the ready rows, as drafts or published. */
@IntegrationTest
@Import(PracticeFixture.class)
class PracticeBulkImportTest {

    @Autowired
    PracticeFixture fixture;
    @Autowired
    PracticeBulkImport bulkImport;
    @Autowired
    PracticeSearch search;

    @AfterEach
    void signOut() {
        fixture.anonymous();
    }

    @Test
    void readyRowsAreImportedAndRefusedRowsSayWhy() {
        fixture.as("editor");
        byte[] xlsx;
        try (TableWriter writer = new TableWriter()) {
            xlsx = writer.sheet("records", List.of("title", "language", "country", "themes", "sdg_goals", "start_year",
                    "introduction", "impact"), List.of(
                    Arrays.asList("Zephyrby shared harbour", "en", "Norway", "Regional and economic development; WASTE",
                            "SDG 11; 14", "2018", "Zephyrby and two neighbours run one harbour.", "- fewer costs\n- more ships"),
                    Arrays.asList("Bad row", "xx", "Atlantis", "Knitting", "18", "soon", "text", null),
                    Arrays.asList(null, "nb", null, null, null, null, "Uten tittel.", null))).toBytes();
        }

        PracticeImportPreview preview = bulkImport.preview("records.xlsx", xlsx);

        assertThat(preview.readyCount()).isEqualTo(1);
        assertThat(preview.rows().get(1).problems()).extracting(Problem::messageKey).contains(
                "practice.import.error.language", "practice.error.theme", "import.error.number");
        assertThat(preview.rows().get(2).problems()).extracting(Problem::messageKey).contains("validation.required");
        assertThat(search.search(SearchQuery.of("zephyrby")).total()).as("nothing written by the preview").isZero();

        assertThat(bulkImport.write(preview, true)).isEqualTo(1);

        var hit = search.search(SearchQuery.of("zephyrby harbour")).hits();
        assertThat(hit).hasSize(1);
        assertThat(hit.getFirst().themes()).containsExactlyInAnyOrder("REGIONAL_DEVELOPMENT", "WASTE");
        assertThat(hit.getFirst().sdgs()).containsExactly(11, 14);
        assertThat(hit.getFirst().country()).isEqualTo("NO");
    }

    @Test
    void onlyEditorsImportAndAFileThatIsNotASpreadsheetIsRefused() {
        fixture.as("member");
        assertThatThrownBy(() -> bulkImport.preview("x.csv", "title,language\nA,en\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        fixture.as("editor");
        assertThatThrownBy(() -> bulkImport.preview("x.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> bulkImport.preview("x.csv", "name\nA\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.missing-columns"));
    }
}
