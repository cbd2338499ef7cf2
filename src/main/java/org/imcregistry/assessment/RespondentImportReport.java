package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.util.List;
import org.imcregistry.common.Problem;

/**
 * A pasted list or file of respondents, checked row by row before anything is written: each row is ready or
 * refused with its reasons (a bad address, a duplicate, an unknown municipality). Only ready rows are added.
 */
public record RespondentImportReport(List<Row> rows) {

    public record Row(int line, String label, List<Problem> problems, @Nullable NewRespondent ready) {

        public boolean isReady() {
            return problems.isEmpty();
        }
    }

    public List<NewRespondent> ready() {
        return rows.stream().filter(Row::isReady).map(Row::ready).toList();
    }

    public long refusedCount() {
        return rows.stream().filter(r -> !r.isReady()).count();
    }
}
