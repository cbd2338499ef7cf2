package org.imcregistry.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.common.SupportedLocales;
import org.springframework.stereotype.Component;

/** Every UI text comes from {@code messages*.properties} (UTF-8), looked up in the UI's locale. */
@Component
public class MessageBundleI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return MessageBundle.text(key, locale, params);
    }
}
