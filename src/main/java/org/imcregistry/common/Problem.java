package org.imcregistry.common;

import java.util.List;

/**
 * One thing wrong with what a user entered: which field, and a message key with its arguments,
 * so that a form, an import report or a notification can say it in the user's language.
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
