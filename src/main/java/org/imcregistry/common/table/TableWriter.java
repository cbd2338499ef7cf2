package org.imcregistry.common.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sheets of typed rows to .xlsx, streaming (SXSSF): numbers as numeric cells, dates as date
 * cells (ISO 8601 format), instants as UTC date-times, web addresses ({@link URI}) as links, every text as literal text — never as a formula,
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
        this(new FastSxssfWorkbook());
    }

    /**
     * Streams with the fastest deflate level: exports are written while someone waits, and a slightly larger
     * file costs less than a slower download to produce.
     */
    private static final class FastSxssfWorkbook extends SXSSFWorkbook {

        FastSxssfWorkbook() {
            super(ROW_WINDOW);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
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
        SheetRows sheet = sheet(name, headers);
        rows.forEach(sheet::add);
        sheet.finish();
        return this;
    }

    /** Adds a sheet whose rows are given one at a time, so that a large result never sits in memory whole. */
    public SheetRows sheet(String name, List<String> headers) {
        return new SheetRows(workbook.createSheet(safe(name)), headers);
    }

    /** A sheet being written: rows are added in order; {@link #finish} freezes the header and adds filters. */
    public final class SheetRows {

        private final Sheet sheet;
        private final int columns;
        private int next = 1;

        private SheetRows(Sheet sheet, List<String> headers) {
            this.sheet = sheet;
            this.columns = headers.size();
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
            }
        }

        public void add(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                write(row.createCell(c), values.get(c));
            }
        }

        public void finish() {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, Math.max(0, columns - 1)));
        }
    }

    /** Puts these sheets first, in this order; the others follow as they were added. */
    public void order(String... names) {
        for (int i = 0; i < names.length; i++) {
            workbook.setSheetOrder(safe(names[i]), i);
        }
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
    }

    /** A name Excel accepts: at most 31 characters, none of : \\ / ? * [ ]. */
    private static String safe(String name) {
        return org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name);
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
