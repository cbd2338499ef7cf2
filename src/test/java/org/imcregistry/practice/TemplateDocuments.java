package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * A template text (as a seed holds it) cut into the blocks a word processor would have: the place line, the
 * title, headings, paragraphs, list points and the contributor lines; the test documents of each kind are built
 * from these, so that what they should import to is what the text import gives for the same text.
 */
public final class TemplateDocuments {

    /** One block; {@code cells} is set for a contributor line (a table row in a document). */
    public record Block(Kind kind, String text, List<String> cells) {
    }

    public enum Kind { PLACE, TITLE, HEADING, PARAGRAPH, BULLET, ROW }

    private TemplateDocuments() {
    }

    public static List<Block> blocks(String template) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = template.replace("\r\n", "\n").lines().map(String::stripTrailing).toList();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (TemplateLines.footerKey(line).isPresent()) {
                int tab = line.indexOf('\t');
                blocks.add(new Block(Kind.ROW, line, tab < 0 ? List.of(line.strip(), "")
                        : List.of(line.substring(0, tab).strip(), line.substring(tab + 1).strip())));
            } else if (line.startsWith("- ")) {
                blocks.add(new Block(Kind.BULLET, line.substring(2), List.of()));
            } else if (blocks.isEmpty()) {
                blocks.add(new Block(Kind.PLACE, line.strip(), List.of()));
            } else if (blocks.size() == 1) {
                blocks.add(new Block(Kind.TITLE, line.strip(), List.of()));
            } else if (TemplateLines.isKnownHeading(line) || TemplateLines.isHeading(line, "website")
                    || TemplateLines.isHeading(line, "contact")) {
                blocks.add(new Block(Kind.HEADING, line.strip(), List.of()));
            } else {
                blocks.add(new Block(Kind.PARAGRAPH, line.strip(), List.of()));
            }
        }
        return blocks;
    }
}
