package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a section's plain text as the author wrote it: blank lines separate paragraphs, lines starting with
 * "- " or "• " are bullet points. No markup is interpreted, so nothing needs sanitising.
 */
final class SectionText {

    private SectionText() {
    }

    static Component of(String text) {
        Div container = new Div();
        container.addClassName("section-text");
        for (String block : text.split("\\n\\s*\\n")) {
            List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            List<String> paragraph = new ArrayList<>();
            UnorderedList list = null;
            for (String line : lines) {
                if (line.startsWith("- ") || line.startsWith("• ") || line.startsWith("* ")) {
                    if (!paragraph.isEmpty()) {
                        container.add(new Paragraph(String.join(" ", paragraph)));
                        paragraph.clear();
                    }
                    if (list == null) {
                        list = new UnorderedList();
                        container.add(list);
                    }
                    list.add(new ListItem(line.substring(2).strip()));
                } else {
                    list = null;
                    paragraph.add(line);
                }
            }
            if (!paragraph.isEmpty()) {
                container.add(new Paragraph(String.join(" ", paragraph)));
            }
        }
        return container;
    }
}
