package org.imcregistry.common.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes sheets of typed rows straight into an .xlsx stream (fastexcel), for exports too large for
 * {@link TableWriter}'s POI workbook to write quickly: numbers as numbers, dates as dates (ISO format), instants as UTC
 * date-times, web addresses as links, every text as a text cell. Text that looks like a formula gets the Text number
 * format ("@"), so that editing the cell keeps it text (fastexcel has no quote prefix; on opening, a text cell is never
 * run). Headers are bold and frozen, with filters on; sheet names are made safe as Excel needs.
 * <p>
 * Sheets appear in the order they are made, and only one is written at a time: make them all first, in reading order,
 * then fill and {@link SheetRows#finish finish} one after the other. Rows leave memory every {@value #FLUSH_EVERY}.
 */
public final class XlsxStream implements AutoCloseable {

    private static final int FLUSH_EVERY = 1_000;
    /** Longer texts are written in the cell, not in the shared table, which stays in memory until the end. */
    private static final int SHARED_UP_TO = 64;
    private static final String DATE = "yyyy-mm-dd";
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

    private final Workbook workbook;
    private @Nullable SheetRows writing;

    public XlsxStream(OutputStream out) {
        workbook = new Workbook(out, "IMC Registry", "1.0");
        // exports are written while someone waits: the fastest deflate costs a slightly larger file
        workbook.setCompressionLevel(Deflater.BEST_SPEED);
    }

    /** Adds a sheet with its header row; each value of a row is a String, Number, LocalDate, Instant, Boolean, URI or null. */
    public SheetRows sheet(String name, List<String> headers) {
        return new SheetRows(workbook.newWorksheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name)),
                headers);
    }

    /** A sheet being written: rows are added in order; {@link #finish} adds the filters and writes the rest. */
    public final class SheetRows {

        private final Worksheet sheet;
        private final int columns;
        private int next = 1;
        private boolean finished;

        private SheetRows(Worksheet sheet, List<String> headers) {
            this.sheet = sheet;
            this.columns = headers.size();
            for (int c = 0; c < columns; c++) {
                sheet.value(0, c, headers.get(c));
                sheet.width(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)));
            }
            if (columns > 0) {
                sheet.range(0, 0, 0, columns - 1).style().bold().set();
            }
            // the pane belongs to the sheet's opening, which the first flush writes
            sheet.freezePane(0, 1);
        }

        public void add(List<?> values) {
            int row = startRow();
            for (int c = 0; c < values.size(); c++) {
                write(row, c, values.get(c));
            }
        }

        /**
         * Starts the next row, whose cells are then given one by one with {@link #text} and {@link #number}: for the
         * largest sheets, which need no list and no type test per cell.
         */
        public int startRow() {
            if (writing != this) {
                if (writing != null && !writing.finished) {
                    throw new IllegalStateException("finish sheet " + writing.sheet.getName() + " first");
                }
                writing = this;
            }
            int row = next++;
            // the rows before this one leave memory
            if (row > 1 && (row - 1) % FLUSH_EVERY == 0) {
                io(sheet::flush);
            }
            return row;
        }

        /** A text cell of the row last started (none for null); formula-like text stays literal. */
        public void text(int column, @Nullable String value) {
            if (value != null) {
                text(next - 1, column, value);
            }
        }

        /** A number cell of the row last started. */
        public void number(int column, double value) {
            sheet.value(next - 1, column, value);
        }

        public void addAll(Iterable<? extends List<?>> rows) {
            rows.forEach(this::add);
        }

        public void finish() {
            sheet.setAutoFilter(0, 0, Math.max(0, next - 1), Math.max(0, columns - 1));
            io(sheet::finish);
            finished = true;
        }

        private void write(int row, int column, @Nullable Object value) {
            switch (value) {
                case null -> {
                }
                case Number number -> sheet.value(row, column, number);
                case LocalDate date -> {
                    sheet.value(row, column, date);
                    sheet.style(row, column).format(DATE).set();
                }
                case Instant instant -> {
                    sheet.value(row, column, CellWriter.excelSerial(instant));
                    sheet.style(row, column).format(DATE_TIME).set();
                }
                case Boolean bool -> sheet.value(row, column, bool);
                case URI uri -> {
                    boolean web = uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
                    if (web) {
                        sheet.hyperlink(row, column, new HyperLink(uri.toASCIIString(), uri.toString()));
                    } else {
                        text(row, column, uri.toString());
                    }
                }
                default -> text(row, column, value.toString());
            }
        }

        private void text(int row, int column, String text) {
            if (text.length() <= SHARED_UP_TO) {
                sheet.value(row, column, text);
            } else {
                sheet.inlineString(row, column, text);
            }
            if (FormulaGuard.looksLikeFormula(text)) {
                sheet.style(row, column).format("@").set();
            }
        }
    }

    /** The first sheet is the one shown on opening. */
    public void showFirst() {
        workbook.setActiveTab(0);
    }

    @Override
    public void close() {
        io(workbook::finish);
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
