package org.imcregistry.ui;

import com.vaadin.flow.component.textfield.IntegerField;

/**
 * A number field whose text is no number has an empty value, as if nothing were typed: saving would then drop what
 * the person wrote without a word. Forms ask here first and mark the field instead.
 */
public final class NumberFields {

    private NumberFields() {
    }

    /** True when the field is empty or holds a number; otherwise marks it with {@code message} and says false. */
    public static boolean emptyOrNumber(IntegerField field, String message) {
        boolean typedButNoNumber = !field.getElement().getProperty("value", "").isEmpty() && field.getValue() == null;
        if (field.isInvalid() || typedButNoNumber) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            return false;
        }
        return true;
    }
}
