package org.imcregistry.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The landing page of a section before it has content: its title, what it is for, and an empty
 * state that says what will appear. Texts come from {@code <prefix>.title}, {@code .lead}, {@code .empty.*}.
 */
public abstract class SectionLanding extends Main implements HasDynamicTitle {

    private final String prefix;

    protected SectionLanding(String prefix, VaadinIcon icon) {
        this.prefix = prefix;
        add(new ViewHeader(getTranslation(prefix + ".title"), getTranslation(prefix + ".lead")),
                new EmptyState(icon, getTranslation(prefix + ".empty.title"), getTranslation(prefix + ".empty.text")));
        addClassName("section-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title");
    }
}
