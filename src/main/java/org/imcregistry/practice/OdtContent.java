package org.imcregistry.practice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.imcregistry.common.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * Walks an .odt's content.xml: headings (text:h, or a paragraph in the Title or Heading 1–3 style), paragraphs,
 * list points, table rows, footnotes and images, into a {@link DocumentOutline}. A paragraph inside a table cell
 * or a footnote belongs to that cell or note; tables of contents, comments and deleted text are left out.
 */
final class OdtContent {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final int MAX_DEPTH = 256;
    private static final Set<String> SKIPPED = Set.of("note-citation", "tracked-changes", "table-of-content",
            "alphabetical-index", "illustration-index", "bibliography", "annotation", "sequence-decls");

    private enum Kind { HEADING, BULLET, PLAIN, INNER }

    /** What is being collected: a paragraph, a table cell or a footnote, each with its text so far. */
    private record Open(String element, @Nullable Kind kind, StringBuilder text) {
    }

    private final Map<String, byte[]> zip;
    private final DocumentOutline outline = new DocumentOutline();
    private final Map<String, String> parents = new HashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private final Deque<List<String>> rows = new ArrayDeque<>();
    private int lists;
    private int skipping;
    private int depth;

    OdtContent(Map<String, byte[]> zip) {
        this.zip = zip;
    }

    DocumentOutline.Outline read(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                // never read: with DTDs off nothing is declared or fetched, but a document has no need of either
                throw new UserFacingException("practice.import.error.entities");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++depth > MAX_DEPTH) {
                    throw new UserFacingException("practice.import.error.broken");
                }
                start(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                end(xml);
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && skipping == 0
                    && !open.isEmpty()) {
                open.peek().text().append(xml.getText());
            }
        }
        return outline.finish();
    }

    private void start(XMLStreamReader xml) {
        String name = xml.getLocalName();
        String space = xml.getNamespaceURI();
        if (skipping > 0 || (TEXT.equals(space) && SKIPPED.contains(name)) || "annotation".equals(name)) {
            skipping++;
            return;
        }
        if (STYLE.equals(space) && name.equals("style")) {
            String style = xml.getAttributeValue(STYLE, "name");
            String parent = xml.getAttributeValue(STYLE, "parent-style-name");
            if (style != null && parent != null) {
                parents.put(style, parent);
            }
        } else if (TEXT.equals(space)) {
            text(xml, name);
        } else if (TABLE.equals(space) && name.equals("table-row")) {
            rows.push(new ArrayList<>());
        } else if (TABLE.equals(space) && name.equals("table-cell") && !rows.isEmpty()) {
            open.push(new Open("cell", null, new StringBuilder()));
        } else if (DRAW.equals(space) && name.equals("image")) {
            String path = xml.getAttributeValue(XLINK, "href");
            if (path != null) {
                outline.image(path.substring(path.lastIndexOf('/') + 1), ImportedImage.contentTypeOf(path),
                        () -> OdtText.picture(zip, path));
            }
        }
    }

    private void text(XMLStreamReader xml, String name) {
        switch (name) {
            case "h" -> open.push(new Open(name, open.isEmpty() ? Kind.HEADING : Kind.INNER, new StringBuilder()));
            case "p" -> open.push(new Open(name, paragraphKind(xml.getAttributeValue(TEXT, "style-name")),
                    new StringBuilder()));
            case "list" -> lists++;
            case "note" -> open.push(new Open(name, null, new StringBuilder()));
            case "s" -> append(" ".repeat(count(xml.getAttributeValue(TEXT, "c"))));
            case "tab" -> append("\t");
            case "line-break" -> append("\n");
            default -> {
            }
        }
    }

    private Kind paragraphKind(@Nullable String style) {
        if (!open.isEmpty()) {
            return Kind.INNER;
        }
        if (lists > 0) {
            return Kind.BULLET;
        }
        return isHeadingStyle(style) ? Kind.HEADING : Kind.PLAIN;
    }

    /** Title and Heading 1–3 by name ("Heading_20_1"), directly or through the automatic style built on them. */
    private boolean isHeadingStyle(@Nullable String style) {
        String name = style;
        for (int i = 0; name != null && i < 8; i++) {
            String plain = name.replace("_20_", "").replace(" ", "").toLowerCase(Locale.ROOT);
            if (plain.equals("title") || plain.matches("heading[123]")) {
                return true;
            }
            name = parents.get(name);
        }
        return false;
    }

    private void end(XMLStreamReader xml) {
        if (skipping > 0) {
            skipping--;
            return;
        }
        String name = xml.getLocalName();
        String space = xml.getNamespaceURI();
        if (TEXT.equals(space) && (name.equals("h") || name.equals("p") || name.equals("note")) && !open.isEmpty()
                && open.peek().element().equals(name)) {
            close(open.pop());
        } else if (TEXT.equals(space) && name.equals("list")) {
            lists--;
        } else if (TABLE.equals(space) && name.equals("table-cell") && !open.isEmpty()
                && open.peek().element().equals("cell") && !rows.isEmpty()) {
            rows.peek().add(open.pop().text().toString());
        } else if (TABLE.equals(space) && name.equals("table-row") && !rows.isEmpty()) {
            outline.row(rows.pop());
        }
    }

    private void close(Open closed) {
        String text = closed.text().toString();
        if (closed.kind() == null) {
            outline.footnote(text);
            return;
        }
        switch (closed.kind()) {
            case HEADING -> outline.heading(text);
            case BULLET -> outline.bullet(text);
            case PLAIN -> outline.paragraph(text);
            case INNER -> append(text + " ");
        }
    }

    private void append(String text) {
        if (skipping == 0 && !open.isEmpty()) {
            open.peek().text().append(text);
        }
    }

    private static int count(@Nullable String c) {
        try {
            return c == null ? 1 : Math.clamp(Integer.parseInt(c), 0, 1_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
