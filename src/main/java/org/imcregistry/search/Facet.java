package org.imcregistry.search;

import java.util.Locale;

/** What search results can be narrowed by; each shows its values with counts. */
public enum Facet {
    THEME, SDG, COUNTRY, LANGUAGE, YEAR, FORM;

    public String dimension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The URL parameter that carries this filter. */
    public String parameter() {
        return dimension();
    }
}
