package org.imcregistry.common.table;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Puts one value in one cell as its type asks: numbers as numbers, dates and instants as dates with an ISO format,
 * web addresses as links, any text as literal text. Holds the workbook's few shared styles, made once.
 */
final class CellWriter {

    private final Workbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle literalStyle;

    CellWriter(Workbook workbook) {
        this.workbook = workbook;
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        literalStyle = workbook.createCellStyle();
        literalStyle.setQuotePrefixed(true);
    }

    void header(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(headerStyle);
    }

    void write(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number.doubleValue());
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            case Instant instant -> {
                cell.setCellValue(excelSerial(instant));
                cell.setCellStyle(dateTimeStyle);
            }
            case Boolean bool -> cell.setCellValue(bool);
            case URI uri -> link(cell, uri);
            default -> writeText(cell, value.toString());
        }
    }

    /** A web address the reader can follow: the cell shows it and links to it; other schemes stay plain text. */
    private void link(Cell cell, URI uri) {
        writeText(cell, uri.toString());
        if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
            hyperlink.setAddress(uri.toASCIIString());
            cell.setHyperlink(hyperlink);
        }
    }

    /**
     * A UTC instant as a spreadsheet date-time number: days since 1899-12-30 with the time as a fraction.
     * Computed directly; POI's calendar-based conversion costs more than writing the cell.
     */
    static double excelSerial(Instant instant) {
        return instant.getEpochSecond() / 86_400.0 + instant.getNano() / 86_400e9 + 25_569;
    }

    /**
     * Text a spreadsheet program could take for a formula (= + - @, tab, carriage return) is marked
     * as literal with the quote prefix; the visible text is unchanged.
     */
    private void writeText(Cell cell, String text) {
        cell.setCellValue(text);
        if (FormulaGuard.looksLikeFormula(text)) {
            cell.setCellStyle(literalStyle);
        }
    }
}
