package org.imcregistry.practice;

import java.util.Locale;

/** The language a record is written in; it chooses the search analysis (stemming) for its text. */
public enum RecordLanguage {
    EN, NB, PL, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordLanguage ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
