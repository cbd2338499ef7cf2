package org.imcregistry.common.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an .xlsx through POI's SAX reader into a {@link TableBuilder}, which stops the
 * parse at the first limit passed. The workbook is opened from a temporary file, so POI inflates only the
 * parts read, each through {@link ZipSecureFile}'s zip-bomb checks. What is held whole is bounded too: the
 * shared strings and styles by a size cap, any one cell's text by Excel's own maximum.
 */
final class XlsxSheetReader {

    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final long MAX_SHARED_STRINGS_BYTES = 32L * 1024 * 1024;
    static final long MAX_STYLES_BYTES = 10L * 1024 * 1024;
    /** Excel holds at most 32,767 characters in a cell and 8,192 in a formula. */
    private static final int MAX_CELL_CHARS = 64 * 1024;
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxSheetReader() {
    }

    static Table read(byte[] content) throws Exception {
        Path file = Files.createTempFile("upload-", ".xlsx");
        try {
            Files.write(file, content);
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return read(pkg);
            } finally {
                pkg.revert();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Table read(OPCPackage pkg) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904;
        try (InputStream workbook = reader.getWorkbookData()) {
            date1904 = date1904(workbook);
        }
        StylesTable styles;
        try (InputStream in = part(pkg, XSSFRelation.STYLES, MAX_STYLES_BYTES)) {
            styles = in == null ? new StylesTable() : new StylesTable(in);
        }
        ReadOnlySharedStringsTable strings;
        try (InputStream in = part(pkg, XSSFRelation.SHARED_STRINGS, MAX_SHARED_STRINGS_BYTES)) {
            // without a shared-strings part, POI's own constructor gives the empty table
            strings = in == null ? new ReadOnlySharedStringsTable(pkg, false) : new SharedStrings(in);
        }
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IllegalStateException("no sheet");
        }
        TableBuilder table = new TableBuilder();
        SheetHandler handler = new SheetHandler(styles, strings, new Cells(table), date1904);
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        } catch (SAXException | RuntimeException e) {
            if (!handler.sheetDataRead) {
                throw e;
            }
        }
        return table.build();
    }

    private static InputStream part(OPCPackage pkg, XSSFRelation relation, long maxBytes) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
        return parts.isEmpty() ? null : new LimitedInputStream(parts.getFirst().getInputStream(), maxBytes);
    }

    /** Whether dates count from 1904 (old Mac Excel), as {@code XSSFWorkbook} honoured. */
    private static boolean date1904(InputStream workbook) throws Exception {
        boolean[] date1904 = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equals(value);
                }
            }
        });
        xml.parse(new InputSource(workbook));
        return date1904[0];
    }

    /** POI's read-only table of shared strings, refusing a string longer than any cell can hold. */
    private static final class SharedStrings extends ReadOnlySharedStringsTable {

        // no initialiser: the super constructor parses, and an initialiser would run after it and reset the count
        private int chars;

        SharedStrings(InputStream in) throws IOException, SAXException {
            super(in, false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("si".equals(localName)) {
                chars = 0;
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > MAX_CELL_CHARS) {
                throw new SAXException("shared string longer than any cell can hold");
            }
            super.characters(ch, start, length);
        }
    }

    /** POI's handler, watched: cell types and columns for {@link Cells}, text length, and the end of the data. */
    private static final class SheetHandler extends XSSFSheetXMLHandler {

        private final Cells cells;
        private int chars;
        private boolean sheetDataRead;

        SheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, Cells cells, boolean date1904) {
            super(styles, strings, cells, new Formatter(date1904), false);
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (MAIN_NS.equals(uri) && ("c".equals(localName) || "row".equals(localName))) {
                chars = 0;
                if ("c".equals(localName)) {
                    cells.startCell(attributes.getValue("r"), attributes.getValue("t"));
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > MAX_CELL_CHARS) {
                throw new SAXException("text longer than any cell can hold");
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if (MAIN_NS.equals(uri) && "sheetData".equals(localName)) {
                sheetDataRead = true;
                throw new SAXException("the rest of the sheet is not needed");
            }
        }
    }

    /** Hands each cell to the table at its column, with the values {@code XSSFWorkbook} gave before. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableBuilder table;
        private int column;
        private String type;

        Cells(TableBuilder table) {
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

    /** Dates as ISO 8601, whole numbers without ".0", whatever the cell's display format. */
    private static final class Formatter extends DataFormatter {

        private final boolean date1904;

        Formatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                    : String.valueOf(value);
        }
    }

    /** Fails, rather than truncates, a part longer than its cap. */
    private static final class LimitedInputStream extends FilterInputStream {

        private long left;

        LimitedInputStream(InputStream in, long maxBytes) {
            super(in);
            left = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            return b < 0 ? b : count(b, 1);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            return n < 0 ? n : count(n, n);
        }

        private int count(int result, int bytes) throws IOException {
            left -= bytes;
            if (left < 0) {
                throw new IOException("part larger than its cap");
            }
            return result;
        }
    }
}
