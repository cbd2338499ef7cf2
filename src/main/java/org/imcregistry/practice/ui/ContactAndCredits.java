package org.imcregistry.practice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.imcregistry.practice.PracticeContent;
import org.jspecify.annotations.Nullable;

/** The end of a record's page: its web addresses as links, whom to contact, and who documented it. */
final class ContactAndCredits extends Section {

    ContactAndCredits(PracticeContent content) {
        add(new H2(getTranslation("practice.contact-and-credits")));
        if (content.website() != null) {
            for (String url : content.website().split("\\s+")) {
                // Only web addresses become links; anything else a record holds stays out of an href.
                if (url.matches("(?i)https?://\\S+")) {
                    Anchor link = new Anchor(url, url);
                    link.setTarget("_blank");
                    link.getElement().setAttribute("rel", "noopener noreferrer");
                    add(new Paragraph(link));
                }
            }
        }
        if (content.contact() != null) {
            Paragraph contact = new Paragraph(content.contact());
            contact.addClassName("preserve-lines");
            add(contact);
        }
        UnorderedList credits = new UnorderedList();
        credit(credits, "practice.field.contributor", content.contributor());
        credit(credits, "practice.field.researcher", content.researcher());
        credit(credits, "practice.field.documented", content.documented());
        credit(credits, "practice.field.photoCredits", content.photoCredits());
        add(credits);
    }

    private void credit(UnorderedList list, String key, @Nullable String value) {
        if (value != null) {
            list.add(new ListItem(getTranslation(key) + ": " + value));
        }
    }
}
