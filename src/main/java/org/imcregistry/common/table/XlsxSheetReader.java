package org.imcregistry.common.table;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
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
    static final int MAX_CELL_CHARS = 64 * 1024;
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

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
            strings = in == null ? new ReadOnlySharedStringsTable(pkg, false) : new XlsxSharedStrings(in);
        }
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IllegalStateException("no sheet");
        }
        TableBuilder table = new TableBuilder();
        XlsxSheetHandler handler = new XlsxSheetHandler(styles, strings, new XlsxCells(table), date1904);
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        } catch (SAXException | RuntimeException e) {
            if (!handler.sheetDataRead()) {
                throw e;
            }
        }
        return table.build();
    }

    private static @Nullable InputStream part(OPCPackage pkg, XSSFRelation relation, long maxBytes) throws IOException {
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
}
