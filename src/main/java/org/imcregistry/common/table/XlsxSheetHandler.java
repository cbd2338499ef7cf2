package org.imcregistry.common.table;

import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/** POI's handler, watched: cell types and columns for {@link XlsxCells}, text length, and the end of the data. */
final class XlsxSheetHandler extends XSSFSheetXMLHandler {

    private final XlsxCells cells;
    private int chars;
    private boolean sheetDataRead;

    XlsxSheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, XlsxCells cells, boolean date1904) {
        super(styles, strings, cells, new XlsxCellFormat(date1904), false);
        this.cells = cells;
    }

    /** Whether the parse got past the sheet's data, so that stopping it there was the handler's own doing. */
    boolean sheetDataRead() {
        return sheetDataRead;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (XlsxSheetReader.MAIN_NS.equals(uri) && ("c".equals(localName) || "row".equals(localName))) {
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
        if (chars > XlsxSheetReader.MAX_CELL_CHARS) {
            throw new SAXException("text longer than any cell can hold");
        }
        super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        if (XlsxSheetReader.MAIN_NS.equals(uri) && "sheetData".equals(localName)) {
            sheetDataRead = true;
            throw new SAXException("the rest of the sheet is not needed");
        }
    }
}
