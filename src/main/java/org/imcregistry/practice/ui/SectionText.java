package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.imcregistry.practice.TextBlocks;

/**
 * Shows a section's plain text as the author wrote it ({@link TextBlocks}: paragraphs and bullet points). No markup
 * is interpreted, so nothing needs sanitising.
 */
final class SectionText {

    private SectionText() {
    }

    static Component of(String text) {
        Div container = new Div();
        container.addClassName("section-text");
        for (TextBlocks.Block block : TextBlocks.of(text)) {
            if (block.isList()) {
                UnorderedList list = new UnorderedList();
                block.bullets().forEach(item -> list.add(new ListItem(item)));
                container.add(list);
            } else {
                container.add(new Paragraph(block.text()));
            }
        }
        return container;
    }
}
