package org.imcregistry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.imcregistry.common.SupportedLocales;

/**
 * The language someone else will read the app in, e.g. an invited person's mail: each language named in itself,
 * and the current user's own language chosen to start with, which is right more often than not.
 */
public class LanguageField extends Select<Locale> {

    public LanguageField(String label) {
        setLabel(label);
        setItems(SupportedLocales.ALL);
        setItemLabelGenerator(LanguageSelect::nameInItself);
        setValue(SupportedLocales.closest(UI.getCurrent().getLocale()));
        setEmptySelectionAllowed(false);
    }
}
