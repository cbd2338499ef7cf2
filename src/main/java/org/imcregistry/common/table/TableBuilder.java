package org.imcregistry.common.table;

import org.jspecify.annotations.Nullable;
import static org.imcregistry.common.table.TableReader.MAX_CELLS;
import static org.imcregistry.common.table.TableReader.MAX_COLUMNS;
import static org.imcregistry.common.table.TableReader.MAX_ROWS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.common.UserFacingException;

/**
 * Collects a table cell by cell, as a reader streams it, and refuses it the moment it passes a limit: before
 * a row's map is built, so a hostile file costs at most one row of at most {@link TableReader#MAX_COLUMNS}
 * values. The first row is the header; a row keeps only its non-blank cells, which is all
 * {@link Table.Row#get} can return.
 */
final class TableBuilder {

    private final List<Table.Row> rows = new ArrayList<>();
    private @Nullable List<String> headers;
    private @Nullable String[] values = new String[0]; // replaced by startRow() before the first cell
    private int line;
    private int cells;

    /** Starts a row; {@code line} is the 1-based number a person sees. */
    void startRow(int line) {
        this.line = line;
        values = new String[headers == null ? MAX_COLUMNS : headers.size()];
    }

    /** A cell exists at this 0-based column, empty or not: the header row may not reach past the limit. */
    void column(int column) {
        if (headers == null && column >= MAX_COLUMNS) {
            throw new UserFacingException("upload.error.too-many-columns", MAX_COLUMNS);
        }
    }

    void cell(int column, @Nullable String value) {
        boolean empty = value == null || value.isEmpty();
        if (!empty && ++cells > MAX_CELLS) {
            throw new UserFacingException("upload.error.too-many-cells", MAX_CELLS);
        }
        if (column >= MAX_COLUMNS && (headers == null || !empty)) {
            throw new UserFacingException("upload.error.too-many-columns", MAX_COLUMNS);
        }
        if (column < values.length) {
            values[column] = value;
        }
    }

    void endRow() {
        if (headers == null) {
            int width = values.length;
            while (width > 0) {
                String last = values[width - 1];
                if (last != null && !last.isBlank()) {
                    break;
                }
                width--;
            }
            headers = Arrays.stream(values, 0, width).map(TableBuilder::normaliseHeader).toList();
            return;
        }
        if (Arrays.stream(values).allMatch(v -> v == null || v.isBlank())) {
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            throw new UserFacingException("upload.error.too-many-rows", MAX_ROWS);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null && !values[c].isBlank()) {
                row.put(headers.get(c), values[c]);
            }
        }
        rows.add(new Table.Row(line, row));
    }

    Table build() {
        if (headers == null) {
            throw new UserFacingException("upload.error.no-header");
        }
        return new Table(headers, rows);
    }

    private static String normaliseHeader(@Nullable String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
