package org.imcregistry.practice;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.imcregistry.common.UserFacingException;

/**
 * An OpenDocument text (.odt) as the template's text: its content.xml read by a streaming XML parser that
 * knows no DTD and no external entity (the zip is checked first by {@link DocumentZip}), into the same outline
 * as a Word document. Encrypted and macro-carrying documents are refused.
 */
final class OdtText {

    static final String MIME_TYPE = "application/vnd.oasis.opendocument.text";
    private static final Pattern PAGE_COUNT = Pattern.compile("meta:page-count=\"(\\d+)\"");

    private OdtText() {
    }

    static DocumentOutline.Outline read(byte[] file) {
        DocumentZip.Contents zip = DocumentZip.read(file, OdtText::keep);
        if (zip.text("META-INF/manifest.xml").contains("encryption-data")) {
            throw new UserFacingException("practice.import.error.encrypted");
        }
        if (zip.hasEntryStartingWith("Basic/") || zip.hasEntryStartingWith("Scripts/")
                || zip.text("content.xml").contains("<script:event-listener")) {
            throw new UserFacingException("practice.import.error.macros");
        }
        if (!zip.text("mimetype").strip().equals(MIME_TYPE) || !zip.kept().containsKey("content.xml")) {
            throw new UserFacingException("practice.import.error.broken");
        }
        Matcher pages = PAGE_COUNT.matcher(zip.text("meta.xml"));
        if (pages.find() && pages.group(1).length() < 9 && Integer.parseInt(pages.group(1)) > DocumentOutline.MAX_PAGES) {
            throw new UserFacingException("practice.import.error.pages", DocumentOutline.MAX_PAGES);
        }
        try {
            XMLStreamReader xml = hardened().createXMLStreamReader(new ByteArrayInputStream(zip.kept().get("content.xml")));
            try {
                return new OdtContent(zip.kept()).read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException broken) {
            if (broken instanceof UserFacingException refused) {
                throw refused;
            }
            throw new UserFacingException("practice.import.error.broken");
        }
    }

    /** How much of an entry is kept: the parts read whole, and photos up to the size a photo may have. */
    private static long keep(String name) {
        if (name.equals("content.xml")) {
            return DocumentZip.MAX_ENTRY_BYTES;
        }
        if (name.equals("mimetype") || name.equals("meta.xml") || name.equals("META-INF/manifest.xml")) {
            return 4L * 1024 * 1024;
        }
        return name.startsWith("Pictures/") && !ImportedImage.contentTypeOf(name).isEmpty() ? ImportedImage.MAX_BYTES : 0;
    }

    /** No DTD, so no entity can be declared, expanded or fetched; the JDK's own expansion limits stay on. */
    static XMLInputFactory hardened() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not read");
        });
        return factory;
    }

    /** The pictures kept from the zip, by their path in it. */
    static byte[] picture(Map<String, byte[]> kept, String path) {
        return kept.getOrDefault(path, new byte[0]);
    }
}
