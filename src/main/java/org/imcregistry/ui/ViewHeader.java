package org.imcregistry.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The title of a page and one sentence on what it is for. */
public class ViewHeader extends Header {

    public ViewHeader(String title, @Nullable String lead) {
        add(new H1(title));
        if (lead != null && !lead.isBlank()) {
            Paragraph paragraph = new Paragraph(lead);
            paragraph.addClassName("lead");
            add(paragraph);
        }
        addClassName("view-header");
    }
}
