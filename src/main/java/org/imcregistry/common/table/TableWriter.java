package org.imcregistry.common.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sheets of typed rows to .xlsx, streaming (SXSSF): numbers as numeric cells, dates as date
 * cells (ISO 8601 format), instants as UTC date-times, every text as literal text — never as a formula,
 * whatever it starts with. Headers are bold and frozen, with filters on.
 */
public final class TableWriter implements AutoCloseable {

    private static final int ROW_WINDOW = 200;

    private final Workbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle literalStyle;

    public TableWriter() {
        this(new SXSSFWorkbook(ROW_WINDOW));
    }

    /** The same workbook built wholly in memory (POI's XSSF), only to compare against streaming. */
    public static TableWriter inMemory() {
        return new TableWriter(new XSSFWorkbook());
    }

    private TableWriter(Workbook workbook) {
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

    /** Adds a sheet; each value is a String, Number, LocalDate, Instant, Boolean or null. */
    public TableWriter sheet(String name, List<String> headers, Iterable<? extends List<?>> rows) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
        }
        int r = 1;
        for (List<?> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                write(row.createCell(c), values.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, Math.max(0, headers.size() - 1)));
        return this;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number.doubleValue());
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            case Instant instant -> {
                cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                cell.setCellStyle(dateTimeStyle);
            }
            case Boolean bool -> cell.setCellValue(bool);
            default -> writeText(cell, value.toString());
        }
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

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
        }
    }
}
