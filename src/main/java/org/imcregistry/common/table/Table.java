package org.imcregistry.common.table;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows read from a spreadsheet or CSV file: each row maps the header (lower-cased, trimmed) to the
 * cell's text. {@code line} is the row number a person sees in their spreadsheet program.
 */
public record Table(List<String> headers, List<Row> rows) {

    public record Row(int line, Map<String, String> cells) {

        /** The trimmed text of a column, or null when empty or absent. */
        public @Nullable String get(String header) {
            String value = cells.get(header.toLowerCase(Locale.ROOT));
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
