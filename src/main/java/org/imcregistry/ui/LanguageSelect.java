package org.imcregistry.ui;

import org.imcregistry.common.SupportedLocales;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** Lets anyone switch the UI language; each language is named in itself, so anyone can find their own. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(LocaleSelection localeSelection) {
        setItems(SupportedLocales.ALL);
        setItemLabelGenerator(LanguageSelect::nameInItself);
        setAriaLabel(getTranslation("language.label"));
        setTooltipText(getTranslation("language.label"));
        setValue(SupportedLocales.closest(UI.getCurrent().getLocale()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI ui = UI.getCurrent();
                localeSelection.choose(ui, e.getValue());
                ui.refreshCurrentRoute(true);
            }
        });
        addClassName("language-select");
    }

    /** "English", "Norsk bokmål", "Polski". */
    static String nameInItself(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
