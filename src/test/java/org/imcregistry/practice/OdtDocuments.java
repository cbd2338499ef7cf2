package org.imcregistry.practice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument texts for the import tests, written as LibreOffice lays them out: the stored "mimetype" first,
 * the manifest, and content.xml with headings as text:h (styled) or as paragraphs in a bold automatic style.
 */
public final class OdtDocuments {

    static final String OFFICE_NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.3\"";

    private OdtDocuments() {
    }

    public static byte[] of(String template, boolean styledHeadings) throws IOException {
        return zip(Map.of("content.xml", content(body(template, styledHeadings))));
    }

    /** The body of content.xml (inside office:text) for a template text. */
    public static String body(String template, boolean styled) {
        StringBuilder xml = new StringBuilder();
        boolean inList = false;
        boolean inTable = false;
        for (TemplateDocuments.Block block : TemplateDocuments.blocks(template)) {
            if (inList && block.kind() != TemplateDocuments.Kind.BULLET) {
                xml.append("</text:list>");
                inList = false;
            }
            if (inTable && block.kind() != TemplateDocuments.Kind.ROW) {
                xml.append("</table:table>");
                inTable = false;
            }
            String text = escape(block.text());
            switch (block.kind()) {
                case TITLE -> xml.append(styled ? "<text:p text:style-name=\"P2\">" + text + "</text:p>"
                        : "<text:p text:style-name=\"P1\">" + text + "</text:p>");
                case HEADING -> xml.append(styled ? "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">"
                        + text + "</text:h>" : "<text:p text:style-name=\"P1\">" + text + "</text:p>");
                case BULLET -> {
                    if (!inList) {
                        xml.append("<text:list text:style-name=\"L1\">");
                        inList = true;
                    }
                    xml.append("<text:list-item><text:p>").append(text).append("</text:p></text:list-item>");
                }
                case ROW -> {
                    if (!inTable) {
                        xml.append("<table:table table:name=\"Credits\"><table:table-column table:number-columns-repeated=\"2\"/>");
                        inTable = true;
                    }
                    xml.append("<table:table-row>");
                    for (String cell : block.cells()) {
                        xml.append("<table:table-cell><text:p>").append(escape(cell)).append("</text:p></table:table-cell>");
                    }
                    xml.append("</table:table-row>");
                }
                default -> xml.append("<text:p text:style-name=\"Standard\">").append(text).append("</text:p>");
            }
        }
        xml.append(inList ? "</text:list>" : "").append(inTable ? "</table:table>" : "");
        return xml.toString();
    }

    public static String content(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + OFFICE_NS + ">"
                + "<office:automatic-styles>"
                + "<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"P2\" style:family=\"paragraph\" style:parent-style-name=\"Title\"/>"
                + "</office:automatic-styles><office:body><office:text>" + body
                + "</office:text></office:body></office:document-content>";
    }

    /** An .odt of the given entries besides mimetype and manifest (an entry given here replaces the default). */
    public static byte[] zip(Map<String, String> entries) throws IOException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        entries.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes);
    }

    public static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = entries.getOrDefault("mimetype", OdtText.MIME_TYPE.getBytes(StandardCharsets.US_ASCII));
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            Map<String, byte[]> all = new LinkedHashMap<>();
            all.put("META-INF/manifest.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + OdtText.MIME_TYPE + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            all.putAll(entries);
            all.remove("mimetype");
            for (Map.Entry<String, byte[]> entry : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
