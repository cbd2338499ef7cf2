package org.imcregistry.common.table;

import org.jspecify.annotations.Nullable;
import java.util.Locale;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/** Hands each cell to the table at its column, with the values {@code XSSFWorkbook} gave before. */
final class XlsxCells implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final TableBuilder table;
    private int column;
    private @Nullable String type;

    XlsxCells(TableBuilder table) {
        this.table = table;
    }

    void startCell(String reference, String type) {
        column = reference == null ? column + 1 : columnOf(reference);
        this.type = type;
        table.column(column);
    }

    /** The 0-based column of a reference such as "AB12", without the objects {@code CellReference} makes. */
    private static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z'; i++) {
            column = column * 26 + reference.charAt(i) - 'A' + 1;
            if (column > 16_384) {
                throw new IllegalStateException("column past XFD");
            }
        }
        if (column == 0) {
            throw new IllegalStateException("bad cell reference");
        }
        return column - 1;
    }

    @Override
    public void startRow(int rowNum) {
        column = -1;
        table.startRow(rowNum + 1);
    }

    @Override
    public void endRow(int rowNum) {
        table.endRow();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        table.cell(column, "e".equals(type) ? null : "b".equals(type) ? value.toLowerCase(Locale.ROOT) : value);
    }
}
