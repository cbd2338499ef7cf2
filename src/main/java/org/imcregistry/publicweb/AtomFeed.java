package org.imcregistry.publicweb;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.imcregistry.common.IsoTimes;
import org.imcregistry.practice.PublishedRecords;
import org.imcregistry.search.SearchPage;
import org.jspecify.annotations.Nullable;

/**
 * An Atom feed (RFC 4287) of public records, newest first: each entry links to the record's permanent page and has
 * its id, the start of its introduction and its themes. Every text goes through the XML writer, which escapes it.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    /** The feed's own texts and addresses: its id is its own (self) address, so one search is one feed. */
    record Head(String title, String self, String alternate, String author, String language, Instant updated) {
    }

    /** An entry: the record, where its page is, and its themes as {@code term → label}. */
    record Entry(PublishedRecords.Summary record, String href, Map<String, String> categories) {
    }

    private AtomFeed() {
    }

    static void write(OutputStream out, Head head, List<Entry> entries) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("xml", XML_NAMESPACE, "lang", head.language());
        text(xml, "id", head.self());
        text(xml, "title", head.title());
        link(xml, "self", "application/atom+xml", head.self());
        link(xml, "alternate", "text/html", head.alternate());
        xml.writeStartElement("author");
        text(xml, "name", head.author());
        xml.writeEndElement();
        text(xml, "updated", IsoTimes.of(entries.stream().map(e -> e.record().updatedAt())
                .max(Instant::compareTo).orElse(head.updated())));
        for (Entry entry : entries) {
            entry(xml, entry);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        PublishedRecords.Summary record = entry.record();
        xml.writeStartElement("entry");
        String language = Labels.tag(record.language());
        if (language != null) {
            xml.writeAttribute("xml", XML_NAMESPACE, "lang", language);
        }
        text(xml, "id", entry.href());
        text(xml, "title", record.title());
        link(xml, "alternate", "text/html", entry.href());
        // RFC 4946: the licence the entry's record may be reused under.
        link(xml, "license", "text/html", record.licence().url());
        String published = IsoTimes.ofNullable(record.publishedAt());
        if (published != null) { // optional in Atom, and a record published before the date was kept has none
            text(xml, "published", published);
        }
        text(xml, "updated", IsoTimes.of(record.updatedAt()));
        if (record.introduction() != null) {
            text(xml, "summary", org.imcregistry.practice.TextBlocks.opening(record.introduction(),
                    PracticePages.DESCRIPTION_CHARS));
        }
        for (Map.Entry<String, String> category : entry.categories().entrySet()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", category.getKey());
            xml.writeAttribute("label", category.getValue());
        }
        xml.writeEndElement();
    }

    /** The themes of a search hit, for its entry's categories. */
    static Map<String, String> categories(SearchPage.@Nullable Hit hit, Labels labels) {
        Map<String, String> categories = new java.util.LinkedHashMap<>();
        if (hit == null) {
            return categories;
        }
        hit.themes().forEach(code -> categories.put(code, labels.theme(code)));
        return categories;
    }

    private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
