package org.imcregistry.municipality;

import java.util.List;
import org.imcregistry.common.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The row-by-row report of an import before anything is written: each row is either ready, or
 * refused with its reasons. Only the ready rows are written when the user confirms.
 */
public record ImportPreview(ImportKind kind, String fileName, List<RowReport> rows) {

    public record RowReport(int line, String label, List<Problem> problems, java.lang.@Nullable Object ready) {

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
