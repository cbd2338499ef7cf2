package org.imcregistry.municipality;

import java.util.Locale;

/** A term of a managed list (legal form, service area) as views see it: its code and its labels. */
public record Term(String code, String en, String nb, String pl, boolean active) {

    public String label(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nb", "no", "nn" -> nb;
            case "pl" -> pl;
            default -> en;
        };
    }
}
