package org.imcregistry.common.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets of typed rows to .xlsx, streaming (SXSSF): numbers as numeric cells, dates as date
 * cells (ISO 8601 format), instants as UTC date-times, web addresses ({@link URI}) as links, every text as literal text — never as a formula,
 * whatever it starts with. Headers are bold and frozen, with filters on.
 */
public final class TableWriter implements AutoCloseable {

    private static final int ROW_WINDOW = 200;

    private final Workbook workbook;
    private final CellWriter cells;

    public TableWriter() {
        this(new FastSxssfWorkbook(ROW_WINDOW));
    }

    private TableWriter(Workbook workbook) {
        this.workbook = workbook;
        this.cells = new CellWriter(workbook);
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
                cells.header(header.createCell(c), headers.get(c));
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
            }
        }

        public void add(List<?> values) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                cells.write(row.createCell(c), values.get(c));
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
