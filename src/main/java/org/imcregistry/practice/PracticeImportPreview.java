package org.imcregistry.practice;

import java.util.List;
import org.imcregistry.common.Problem;
import org.jspecify.annotations.Nullable;

/** What a bulk import would do, row by row; nothing is written until the person confirms. */
public record PracticeImportPreview(String fileName, List<RowReport> rows) {

    /** One row: its line in the file, the record's title, and either the checked content or the problems. */
    public record RowReport(int line, String title, List<Problem> problems, @Nullable PracticeContent ready) {

        public boolean isReady() {
            return problems.isEmpty();
        }
    }

    public long readyCount() {
        return rows.stream().filter(RowReport::isReady).count();
    }

    public long refusedCount() {
        return rows.size() - readyCount();
    }
}
