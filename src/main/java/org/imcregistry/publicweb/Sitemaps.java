package org.imcregistry.publicweb;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.imcregistry.common.IsoTimes;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.practice.PublishedRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sitemap of every public record page, with the time of its last change, written element by element while the
 * records are read a batch at a time. Over {@code size} records (the protocol allows 50,000 a file) it becomes an
 * index of parts, part {@code k} holding the records with ids {@code k·size+1 … (k+1)·size}: a record stays in its
 * part as others are published, and no part can outgrow the limit.
 */
@Component
class Sitemaps {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final PublishedRecords records;
    private final PublicLinks links;
    private final int size;

    Sitemaps(PublishedRecords records, PublicLinks links, @Value("${imc.public-web.sitemap-size:50000}") int size) {
        this.records = records;
        this.links = links;
        this.size = size;
    }

    /**
     * The sitemap itself while the records fit in one, else the index of its parts. The single file also lists the
     * newest-first list, so that it holds one address even before anything is published (the schema wants one).
     */
    void writeMain(OutputStream out) throws XMLStreamException {
        List<PublishedRecords.Range> ranges = records.ranges(size);
        if (ranges.stream().mapToLong(PublishedRecords.Range::count).sum() <= size) {
            writeUrls(out, 1, Long.MAX_VALUE, true);
            return;
        }
        XMLStreamWriter xml = start(out, "sitemapindex");
        for (PublishedRecords.Range range : ranges) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", links.path("sitemaps/" + range.number() + ".xml").toString());
            element(xml, "lastmod", IsoTimes.of(range.lastChange()));
            xml.writeEndElement();
        }
        end(xml);
    }

    /** Whether the index lists part {@code part}: only while the sitemap is an index, and only parts with records. */
    boolean hasPart(long part) {
        List<PublishedRecords.Range> ranges = records.ranges(size);
        return ranges.stream().mapToLong(PublishedRecords.Range::count).sum() > size
                && ranges.stream().anyMatch(r -> r.number() == part);
    }

    void writePart(OutputStream out, long part) throws XMLStreamException {
        writeUrls(out, part * size + 1, (part + 1) * size + 1, false);
    }

    private void writeUrls(OutputStream out, long fromId, long toId, boolean withList) throws XMLStreamException {
        XMLStreamWriter xml = start(out, "urlset");
        if (withList) {
            xml.writeStartElement("url");
            element(xml, "loc", links.path(PublicLinks.PRACTICE_PAGES).toString());
            xml.writeEndElement();
        }
        try {
            records.forEachEntry(fromId, toId, entry -> {
                try {
                    xml.writeStartElement("url");
                    element(xml, "loc", links.practice(entry.id()).toString());
                    element(xml, "lastmod", IsoTimes.of(entry.updatedAt()));
                    xml.writeEndElement();
                } catch (XMLStreamException e) {
                    throw new WriteFailed(e);
                }
            });
        } catch (WriteFailed e) {
            throw e.cause;
        }
        end(xml);
    }

    private static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NAMESPACE);
        return xml;
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Carries a writer's failure out of the record callback, which may not throw checked exceptions. */
    private static final class WriteFailed extends RuntimeException {
        final XMLStreamException cause;

        WriteFailed(XMLStreamException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
