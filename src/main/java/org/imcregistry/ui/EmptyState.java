package org.imcregistry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a page shows when it has nothing to list yet: what will be here, and what to do next. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String explanation) {
        Icon symbol = icon.create();
        symbol.addClassName("empty-state-icon");
        symbol.getElement().setAttribute("aria-hidden", "true");
        add(symbol, new H2(title), new Paragraph(explanation));
        addClassName("empty-state");
    }
}
