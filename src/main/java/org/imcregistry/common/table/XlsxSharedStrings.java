package org.imcregistry.common.table;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/** POI's read-only table of shared strings, refusing a string longer than any cell can hold. */
final class XlsxSharedStrings extends ReadOnlySharedStringsTable {

    // no initialiser: the super constructor parses, and an initialiser would run after it and reset the count
    private int chars;

    XlsxSharedStrings(InputStream in) throws IOException, SAXException {
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
        if (chars > XlsxSheetReader.MAX_CELL_CHARS) {
            throw new SAXException("shared string longer than any cell can hold");
        }
        super.characters(ch, start, length);
    }
}
