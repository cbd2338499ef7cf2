package org.imcregistry.common;

import org.jspecify.annotations.Nullable;
import java.util.List;

/** Trimming and length rules for free text fields; control characters are never stored. */
public final class Text {

    private Text() {
    }

    public static @Nullable String required(@Nullable String value, String field, int maxLength, List<Problem> problems) {
        String text = optional(value, field, maxLength, problems);
        if (text == null) {
            problems.add(Problem.of(field, "validation.required"));
        }
        return text;
    }

    /** Drops control characters other than line breaks and tabs: they are invisible, and break exports and logs. */
    public static String withoutControlCharacters(String value) {
        return value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }

    public static @Nullable String optional(@Nullable String value, String field, int maxLength, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = withoutControlCharacters(value.strip());
        if (text.length() > maxLength) {
            problems.add(Problem.of(field, "validation.too-long", maxLength));
            return null;
        }
        return text;
    }
}
